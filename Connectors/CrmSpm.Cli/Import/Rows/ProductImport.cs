using System;
using System.Collections.Generic;
using CrmSpm.Cli.Import.Csv;
using CrmSpm.Cli.Import.Mapping;

namespace CrmSpm.Cli.Import.Rows;

/// <summary>Products rows → each product's line (family), looked up by an opportunity's product column.</summary>
internal static class ProductImport
{
    /// <summary>The products, by id and by unique name; a blank product line is kept as none.</summary>
    public static Dictionary<string, ImportedProduct> Read(CsvTable table, RowReader reader, ProductColumns columns)
    {
        var id = table.Column(columns.Id, "products.id", true);
        var name = table.Column(columns.Name, "products.name", false);
        var line = table.Column(columns.ProductLine, "products.productLine", true);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var products = new List<ImportedProduct>();
        foreach (var row in table.Rows)
        {
            reader.Row = row;
            if (reader.Required(id, "the product id", out var productId) && reader.FirstTime(seen, productId, "product"))
            {
                var productLine = reader.Text(line);
                products.Add(new ImportedProduct(productId, reader.Text(name), productLine.Length > 0 ? productLine : null));
            }
        }

        return ByIdOrName.Index(products, p => p.Id, p => p.Name);
    }
}

/// <summary>A product of the products file and its product line (null when blank).</summary>
internal sealed record ImportedProduct(string Id, string Name, string? Line);
