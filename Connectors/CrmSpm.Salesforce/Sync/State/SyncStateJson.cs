using System.Text.Json;

namespace CrmSpm.Salesforce.Sync.State;

internal static class SyncStateJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };
}
