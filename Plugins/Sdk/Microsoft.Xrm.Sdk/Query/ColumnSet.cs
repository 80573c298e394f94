namespace Microsoft.Xrm.Sdk.Query;

// New ColumnSet() selects only the primary key; AllColumns selects every non-null column (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.columnset).
public sealed class ColumnSet
{
    public ColumnSet()
    {
        Columns = new DataCollection<string>();
    }

    public ColumnSet(bool allColumns)
        : this()
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
        : this()
    {
        AddColumns(columns);
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns { get; set; }

    public void AddColumns(params string[] columns)
    {
        Columns.AddRange(columns);
    }

    public void AddColumn(string column)
    {
        Columns.Add(column);
    }
}
