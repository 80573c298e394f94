using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>Reads every row a query matches, 5,000 per round trip with the paging cookie (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results).</summary>
public sealed class PagedReader
{
    private const int PageSize = 5000;

    private readonly IOrganizationService _service;

    public PagedReader(IOrganizationService service)
    {
        _service = service;
    }

    public IEnumerable<Entity> ReadAll(QueryExpression query)
    {
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        while (true)
        {
            var page = _service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
