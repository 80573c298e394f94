namespace Microsoft.Xrm.Sdk.Query;

// Contract §1.10 and top finding 5: new ColumnSet() selects only the primary key; AllColumns selects every non-null column.
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
