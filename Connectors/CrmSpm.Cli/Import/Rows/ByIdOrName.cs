using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Cli.Import.Rows;

/// <summary>Looks records up by id or, since exports often name a related record rather than give its id, by a name no other record has.</summary>
internal static class ByIdOrName
{
    /// <summary>Every item under its id, and under its name when that name is unique (an id wins over another item's name).</summary>
    public static Dictionary<string, T> Index<T>(IReadOnlyCollection<T> items, Func<T, string> id, Func<T, string> name)
    {
        var index = items.GroupBy(name, StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        foreach (var item in items)
        {
            index[id(item)] = item;
        }

        return index;
    }
}
