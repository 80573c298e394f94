namespace Microsoft.Xrm.Sdk.Query;

// Contract §1.10 / §1.12 (Paging): PageNumber is 1-based, PagingCookie comes from the previous EntityCollection.
public sealed class PagingInfo
{
    public int PageNumber { get; set; }

    public int Count { get; set; }

    public bool ReturnTotalRecordCount { get; set; }

    public string PagingCookie { get; set; }
}
