namespace CrmSpm.EmbeddedOrg.Metadata;

// Column (attribute) types as Microsoft's table reference names them (AttributeTypeCode).
public enum ColumnType
{
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Double,
    Money,
    DateTime,
    Boolean,
    Picklist,
    MultiSelectPicklist,
    State,
    Status,
    Lookup,
    Owner,
    Customer,
    PartyList,
    Uniqueidentifier,
    EntityName,
    Image,
    File,
    Virtual,
}
