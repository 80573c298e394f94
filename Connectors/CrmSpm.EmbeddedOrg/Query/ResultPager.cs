using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// TopCount, PageInfo and the 5,000-row cap (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results).
internal static class ResultPager
{
    public const int MaxPageSize = 5000;

    public sealed record Page(List<QueryRecord> Records, bool MoreRecords, string? Cookie, int TotalRecordCount, bool TotalLimitExceeded);

    public static Page Take(List<QueryRecord> ordered, int? topCount, PagingInfo? paging, string primaryIdColumn, bool cookieAllowed)
    {
        var (total, exceeded) = paging?.ReturnTotalRecordCount == true
            ? (Math.Min(ordered.Count, MaxPageSize), ordered.Count > MaxPageSize)
            : (-1, false);

        if (topCount.HasValue && (paging == null || (paging.Count == 0 && paging.PageNumber <= 1)))
        {
            var top = ordered.Take(Math.Clamp(topCount.Value, 0, MaxPageSize)).ToList();
            return new Page(top, false, null, total, exceeded);
        }

        var size = paging == null || paging.Count <= 0 ? MaxPageSize : Math.Min(paging.Count, MaxPageSize);
        var pageNumber = paging == null || paging.PageNumber <= 0 ? 1 : paging.PageNumber;
        var start = StartIndex(ordered, paging, pageNumber, size, primaryIdColumn, cookieAllowed);
        var records = ordered.Skip(start).Take(size).ToList();
        var more = start + records.Count < ordered.Count;
        var cookie = cookieAllowed && records.Count > 0
            ? PagingCookie.Write(pageNumber, primaryIdColumn, records[0].Root.Id, records[^1].Root.Id)
            : null;
        return new Page(records, more, cookie, total, exceeded);
    }

    // With a cookie, continue after the previous page's last row (rows added meanwhile are not skipped or repeated);
    // without one, or if that row is gone, by page number.
    private static int StartIndex(List<QueryRecord> ordered, PagingInfo? paging, int pageNumber, int size, string primaryIdColumn, bool cookieAllowed)
    {
        var lastId = cookieAllowed ? PagingCookie.LastId(paging?.PagingCookie, primaryIdColumn) : null;
        if (lastId.HasValue)
        {
            var index = ordered.FindIndex(r => r.Root.Id == lastId.Value);
            if (index >= 0)
            {
                return index + 1;
            }
        }

        return (int)Math.Min(int.MaxValue, (long)(pageNumber - 1) * size);
    }
}
