using System.Globalization;
using CrmSpm.Cli.Import;
using CrmSpm.Cli.Import.Mapping;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>Dates and amounts read in the culture asked for, never the machine's (https://learn.microsoft.com/dotnet/standard/base-types/parsing-datetime).</summary>
public class ValueParserTests
{
    [TestCase("en-US", "12/03/2026", 2026, 12, 3)]
    [TestCase("fr-FR", "12/03/2026", 2026, 3, 12)]
    [TestCase("invariant", "12/03/2026", 2026, 12, 3)]
    [TestCase("fr-FR", "2026-03-12", 2026, 3, 12)]
    public void Date_InACulture_Should_ReadDayAndMonthAsThatCultureWritesThem(string culture, string text, int year, int month, int day)
    {
        // Act
        var date = new ValueParser(ValueParser.CultureFor(culture)).Date(text);

        // Assert
        Assert.That(date, Is.EqualTo(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc)));
        Assert.That(date!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [TestCase("en-US", "$12,345.50", "12345.50")]
    [TestCase("en-US", "USD 1,200", "1200")]
    [TestCase("fr-FR", "12 345,50 €", "12345.50")]
    [TestCase("fr-FR", "12\u00A0345,50", "12345.50")]
    [TestCase("fr-FR", "12\u202F345,50", "12345.50")]
    [TestCase("invariant", "-7.25", "-7.25")]
    public void Amount_InACulture_Should_ReadSeparatorsAndCurrency(string culture, string text, string expected)
    {
        // Act
        var amount = new ValueParser(ValueParser.CultureFor(culture)).Amount(text);

        // Assert
        Assert.That(amount, Is.EqualTo(decimal.Parse(expected, CultureInfo.InvariantCulture)));
    }

    [TestCase("en-US", "$12,345.50", "USD")]
    [TestCase("en-CA", "$12,345.50", "CAD")]
    [TestCase("fr-FR", "12 345,50 €", "EUR")]
    [TestCase("invariant", "€12.50", "EUR")]
    [TestCase("invariant", "£5", "GBP")]
    [TestCase("invariant", "12.50 CHF", "CHF")]
    [TestCase("en-GB", "USD 1,200", "USD")]
    public void Amount_NamingACurrency_Should_CountItsCode(string culture, string text, string code)
    {
        // Arrange
        var parser = new ValueParser(ValueParser.CultureFor(culture));

        // Act
        parser.Amount(text);
        parser.Amount(text);

        // Assert: the culture's own symbol is its region's currency (en-CA writes Canadian dollars as $).
        Assert.That(parser.Currencies, Is.EqualTo(new Dictionary<string, int> { [code] = 2 }));
    }

    [TestCase("en-US", "1,200")]
    [TestCase("en-US", "$12.3x")]
    public void Amount_WithoutACurrencyOrNotANumber_Should_CountNoCurrency(string culture, string text)
    {
        // Arrange
        var parser = new ValueParser(ValueParser.CultureFor(culture));

        // Act
        parser.Amount(text);

        // Assert
        Assert.That(parser.Currencies, Is.Empty);
    }

    [TestCase("fr-FR", "EUR")]
    [TestCase("en-CA", "CAD")]
    [TestCase("fr", null)]
    [TestCase("invariant", null)]
    public void CultureCurrency_Should_BeTheRegionsCurrencyOrNullWithoutARegion(string culture, string? code)
    {
        // Act / Assert: RegionInfo.ISOCurrencySymbol (https://learn.microsoft.com/dotnet/api/system.globalization.regioninfo.isocurrencysymbol).
        Assert.That(new ValueParser(ValueParser.CultureFor(culture)).CultureCurrency, Is.EqualTo(code));
    }

    [TestCase("fr-FR", "12,345.50")]
    [TestCase("en-US", "12.3x")]
    [TestCase("en-US", "")]
    public void Amount_NotANumberInTheCulture_Should_GiveNull(string culture, string text)
    {
        // Act / Assert: in fr-FR the comma is the decimal separator, so "12,345.50" has two.
        Assert.That(new ValueParser(ValueParser.CultureFor(culture)).Amount(text), Is.Null);
    }

    [TestCase("fr-FR", "31/02/2026")]
    [TestCase("en-US", "13/25/2026")]
    [TestCase("en-US", "soon")]
    public void Date_NotADateInTheCulture_Should_GiveNull(string culture, string text)
    {
        // Act / Assert: 31 February does not exist; month 13 neither.
        Assert.That(new ValueParser(ValueParser.CultureFor(culture)).Date(text), Is.Null);
    }

    [Test]
    public void CultureFor_UnknownName_Should_BeAConfigurationError()
    {
        // Act
        var error = Assert.Throws<ImportConfigurationException>(() => ValueParser.CultureFor("xx-NOPE"));

        // Assert
        Assert.That(error!.Message, Is.EqualTo("--culture xx-NOPE is not a culture name this machine knows; use e.g. en-US, fr-FR or invariant."));
    }
}
