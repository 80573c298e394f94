namespace CrmSpm.Core.Profile.Json;

/// <summary>JSON value types as the DataContract JSON reader reports them.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
