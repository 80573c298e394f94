namespace Microsoft.Xrm.Sdk.Query;

// PageNumber is 1-based, PagingCookie comes from the previous EntityCollection (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.paginginfo).
public sealed class PagingInfo
{
    public int PageNumber { get; set; }

    public int Count { get; set; }

    public bool ReturnTotalRecordCount { get; set; }

    public string PagingCookie { get; set; }
}
