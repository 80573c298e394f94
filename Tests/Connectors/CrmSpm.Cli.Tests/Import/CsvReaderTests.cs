using CrmSpm.Cli.Import.Csv;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>The reader follows RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): quotes, doubled quotes, line breaks inside quotes.</summary>
public class CsvReaderTests
{
    [Test]
    public void ReadAll_QuotedFields_Should_KeepDelimitersDoubledQuotesAndLineBreaks()
    {
        // Arrange: line 2 holds a comma and a doubled quote; line 3's note spans lines 3 and 4.
        var text = "id,name,note\r\n1,\"Acme, Inc.\",\"say \"\"hi\"\"\"\r\n2,Beta,\"first line\r\nsecond line\"\r\n3,Gamma,\r\n";

        // Act
        var records = CsvReader.ReadAll(text, "t.csv");

        // Assert
        Assert.That(records.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 3, 5 }));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "1", "Acme, Inc.", "say \"hi\"" }));
        Assert.That(records[2].Fields, Is.EqualTo(new[] { "2", "Beta", "first line\r\nsecond line" }));
        Assert.That(records[3].Fields, Is.EqualTo(new[] { "3", "Gamma", "" }));
    }

    [Test]
    public void ReadAll_SemicolonsAndBom_Should_DetectTheDelimiterAndDropTheMark()
    {
        // Arrange: as Excel writes where the decimal separator is a comma; LF line ends, no final line break.
        var text = "\uFEFFid;amount\n1;\"1 200,50\"\n2;3,5";

        // Act
        var records = CsvReader.ReadAll(text, "t.csv");

        // Assert
        Assert.That(records[0].Fields, Is.EqualTo(new[] { "id", "amount" }));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "1", "1 200,50" }));
        Assert.That(records[2].Fields, Is.EqualTo(new[] { "2", "3,5" }));
    }

    [Test]
    public void ReadAll_UnclosedQuote_Should_NameTheFileAndTheLineWhereItOpened()
    {
        // Arrange
        var text = "id,name\n1,ok\n2,\"never closed\n3,x\n";

        // Act
        var error = Assert.Throws<CsvFormatException>(() => CsvReader.ReadAll(text, "deals.csv"));

        // Assert
        Assert.That(error!.Message, Is.EqualTo("deals.csv line 3: a quoted field opened on this line is never closed (a double quote is missing)."));
    }

    [Test]
    public void ReadAll_BlankLines_Should_BeMarkedBlank()
    {
        // Act
        var records = CsvReader.ReadAll("a\n\nb\n", "t.csv");

        // Assert
        Assert.That(records.Select(r => r.IsBlank), Is.EqualTo(new[] { false, true, false }));
        Assert.That(records[2].Line, Is.EqualTo(3));
    }
}
