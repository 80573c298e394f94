using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmSpm.Cli.Import;

/// <summary>Why a row was skipped (or kept with a note: an unknown account, a manager who owns deals, an activity dated before its deal).</summary>
public enum ImportIssueKind
{
    MissingValue,
    UnparseableDate,
    UnparseableAmount,
    UnparseableNumber,
    UnknownOwner,
    UnknownOutcome,
    UnknownActivityKind,
    UnknownOpportunity,
    Duplicate,
    CloseBeforeCreate,
    ImpossibleDate,
    OutlierDate,
    UnknownAccount,
    UnknownProduct,
    ManagerOwnsDeals,
    ActivityBeforeDeal,
}

/// <summary>
/// A row that was skipped or kept with a note: the file, its 1-based line, the column when one value is at fault
/// ("9 (createdOn)": its 1-based position and header) and what is wrong in plain words.
/// </summary>
public sealed record ImportIssue(string File, int Line, ImportIssueKind Kind, string Message, bool Skipped, string? Column = null)
{
    /// <summary>The kind in words, as the summary counts it.</summary>
    public string KindText => Kind switch
    {
        ImportIssueKind.MissingValue => "missing value",
        ImportIssueKind.UnparseableDate => "unparseable date",
        ImportIssueKind.UnparseableAmount => "unparseable amount",
        ImportIssueKind.UnparseableNumber => "unparseable number",
        ImportIssueKind.UnknownOwner => "unknown owner",
        ImportIssueKind.UnknownOutcome => "unknown status",
        ImportIssueKind.UnknownActivityKind => "unknown activity type",
        ImportIssueKind.UnknownOpportunity => "unknown opportunity",
        ImportIssueKind.Duplicate => "duplicate",
        ImportIssueKind.CloseBeforeCreate => "closed before created",
        ImportIssueKind.ImpossibleDate => "impossible date",
        ImportIssueKind.OutlierDate => "outlier date",
        ImportIssueKind.UnknownAccount => "account not in the accounts file",
        ImportIssueKind.UnknownProduct => "product not in the products file",
        ImportIssueKind.ManagerOwnsDeals => "manager who owns deals",
        _ => "activity before its opportunity",
    };

    public override string ToString() => File + " line " + Line.ToString(CultureInfo.InvariantCulture) + (Column == null ? "" : ", column " + Column) + ": " +
        Message + (Skipped ? "; row skipped." : ".");
}

/// <summary>Rows read, loaded and skipped per file, with every issue and what was noticed about each file as a whole.</summary>
public sealed class ImportSummary
{
    private readonly List<FileCount> files = new();
    private readonly List<(string File, string Text)> remarks = new();

    public List<ImportIssue> Issues { get; } = new();

    public IReadOnlyList<FileCount> Files => files;

    /// <summary>Counts <paramref name="file"/> once it is read, and puts its issues in line order (duplicates are decided after the whole file).</summary>
    public void Count(string file, int rows)
    {
        var ofFile = Issues.Where(i => i.File == file).OrderBy(i => i.Line).ToList();
        Issues.RemoveAll(i => i.File == file);
        Issues.AddRange(ofFile);
        files.Add(new FileCount(file, rows, ofFile.Count(i => i.Skipped)));
    }

    /// <summary>Something about <paramref name="file"/> as a whole (its encoding, repeated header rows), printed under its counts.</summary>
    public void Remark(string file, string text) => remarks.Add((file, text));

    /// <summary>"opportunities.csv: 14 rows, 11 loaded, 3 skipped (2 unparseable amount, 1 duplicate)".</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var file in files)
        {
            var skipped = Issues.Where(i => i.File == file.File && i.Skipped).GroupBy(i => i.KindText).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + g.Key).ToList();
            yield return string.Format(CultureInfo.InvariantCulture, "{0}: {1} rows, {2} loaded, {3} skipped{4}",
                file.File, file.Rows, file.Rows - file.Skipped, file.Skipped, skipped.Count == 0 ? "" : " (" + string.Join(", ", skipped) + ")");
            var notes = Issues.Count(i => i.File == file.File && !i.Skipped);
            if (notes > 0)
            {
                yield return string.Format(CultureInfo.InvariantCulture, "{0}: {1} rows loaded with a note", file.File, notes);
            }

            foreach (var remark in remarks.Where(r => r.File == file.File))
            {
                yield return file.File + ": " + remark.Text;
            }
        }
    }
}

/// <summary>Data rows of one file (the header not counted) and how many were skipped.</summary>
public sealed record FileCount(string File, int Rows, int Skipped);
