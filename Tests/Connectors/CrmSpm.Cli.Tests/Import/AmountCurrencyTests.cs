using CrmSpm.Cli.Import;
using CrmSpm.Cli.Import.Mapping;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>The currency an import's expected gains are named in, and what the import summary says about it.</summary>
public class AmountCurrencyTests
{
    private const string File = "opportunities.csv";

    private static (string Currency, List<string> Lines) Decide(string culture, string? requested, params string[] amounts)
    {
        var parser = new ValueParser(ValueParser.CultureFor(culture));
        foreach (var amount in amounts)
        {
            parser.Amount(amount);
        }

        var summary = new ImportSummary();
        summary.Count(File, amounts.Length);
        var currency = AmountCurrency.Decide(requested, parser, "USD", summary, File);
        return (currency, summary.Lines().Skip(1).ToList());
    }

    [Test]
    public void Decide_AmountsNamingOneCurrency_Should_TakeIt()
    {
        // Act
        var (currency, lines) = Decide("invariant", null, "€1,200.00", "EUR 300", "40");

        // Assert
        Assert.That(currency, Is.EqualTo("EUR"));
        Assert.That(lines, Is.EqualTo(new[] { "opportunities.csv: amounts in EUR, as they are written" }));
    }

    [Test]
    public void Decide_AmountsInSeveralCurrencies_Should_TakeTheMostUsedAndSayNoneIsConverted()
    {
        // Act
        var (currency, lines) = Decide("invariant", null, "€1", "€2", "€3", "$4");

        // Assert
        Assert.That(currency, Is.EqualTo("EUR"));
        Assert.That(lines, Is.EqualTo(new[]
        {
            "opportunities.csv: amounts in 2 currencies (3 amounts in EUR, 1 in USD), summed without conversion; the expected gain is shown in EUR, "
                + "the most used; convert them first, or set --currency",
        }));
    }

    [TestCase("fr-FR", "EUR", "opportunities.csv: amounts name no currency: taken as EUR, fr-FR's currency; --currency sets another")]
    [TestCase("invariant", "USD", "opportunities.csv: amounts name no currency: taken as USD; --currency sets another")]
    public void Decide_AmountsNamingNoCurrency_Should_TakeTheCulturesElseTheProfiles(string culture, string expected, string line)
    {
        // Act
        var (currency, lines) = Decide(culture, null, "1200");

        // Assert
        Assert.That(currency, Is.EqualTo(expected));
        Assert.That(lines, Is.EqualTo(new[] { line }));
    }

    [Test]
    public void Decide_CurrencyOption_Should_WinAndNameTheAmountsItDoesNotConvert()
    {
        // Act
        var (currency, lines) = Decide("fr-FR", " chf ", "12 €", "13 €", "14");

        // Assert
        Assert.That(currency, Is.EqualTo("CHF"));
        Assert.That(lines, Is.EqualTo(new[] { "opportunities.csv: amounts taken as CHF (--currency); 2 amounts in EUR are not converted" }));
    }

    [TestCase("euro")]
    [TestCase("E1R")]
    [TestCase("")]
    public void Decide_CurrencyOptionNotACode_Should_BeAConfigurationError(string requested)
    {
        // Act / Assert
        var error = Assert.Throws<ImportConfigurationException>(() => Decide("invariant", requested, "1"));
        Assert.That(error!.Message, Is.EqualTo("--currency " + requested + " is not a currency code; use three letters, e.g. EUR (ISO 4217)."));
    }
}
