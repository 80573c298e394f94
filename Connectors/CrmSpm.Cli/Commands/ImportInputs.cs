using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using CrmSpm.Cli.Import;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Time;

namespace CrmSpm.Cli.Commands;

/// <summary>The arguments <c>import</c> and <c>evaluate</c> share: the CSV files, the column mapping, the culture and "now".</summary>
internal sealed class ImportInputs
{
    private readonly Argument<string> opportunities = new("opportunities") { Description = "The opportunities CSV file." };
    private readonly Option<string?> users = new("--users") { Description = "Users/teams CSV file (id, name, manager, team, start date, monthly quota)." };
    private readonly Option<string?> accounts = new("--accounts") { Description = "Accounts CSV file." };
    private readonly Option<string?> activities = new("--activities") { Description = "Activities CSV file (calls, emails, meetings, tasks regarding opportunities)." };
    private readonly Option<string?> products = new("--products") { Description = "Products CSV file (id, name, product line); each opportunity's product column names one." };
    private readonly Option<string?> mapping = new("--mapping") { Description = "JSON column mapping, e.g. docs/mappings/salesforce-report.json; default: columns named after the fields." };
    private readonly Option<string[]> map = new("--map") { Description = "Map one field to a column, e.g. --map opportunities.pipelineAmount=Amount (repeatable; overrides --mapping).", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> culture = new("--culture") { Description = "Culture of dates and amounts, e.g. en-US or fr-FR; default: the mapping's, else invariant." };
    private readonly Option<string?> currency = new("--currency") { Description = "Currency of the amounts, e.g. EUR; default: the one the amounts name, else the culture's region's, else USD." };
    private readonly Option<string?> now = NowOption.Create("the latest date in the data");

    public void AddTo(Command command)
    {
        command.Arguments.Add(opportunities);
        command.Options.Add(users);
        command.Options.Add(accounts);
        command.Options.Add(activities);
        command.Options.Add(products);
        command.Options.Add(mapping);
        command.Options.Add(map);
        command.Options.Add(culture);
        command.Options.Add(currency);
        command.Options.Add(now);
    }

    /// <summary>Reads the files; an <see cref="ImportConfigurationException"/> says in plain words what cannot be used.</summary>
    public LoadedImport Load(ParseResult parse, RunProgress? progress)
    {
        var mappingPath = parse.GetValue(mapping);
        var columns = mappingPath == null ? ImportMapping.Generic() : MappingFile.Load(mappingPath);
        foreach (var assignment in parse.GetValue(map) ?? Array.Empty<string>())
        {
            MappingFile.Apply(columns, assignment);
        }

        var parser = new ValueParser(ValueParser.CultureFor(parse.GetValue(culture) ?? columns.Culture));
        var mappingName = mappingPath ?? "built in (columns named after the fields)";
        var files = new ImportFiles(parse.GetValue(opportunities)!, parse.GetValue(users), parse.GetValue(accounts), parse.GetValue(activities), parse.GetValue(products));
        var profile = ScoringProfile.Default;
        ImportResult result;
        try
        {
            result = new CsvImporter(columns, mappingName, parser, profile).Import(files, rows => progress?.Report("reading rows", rows, 0));
        }
        catch (Import.Csv.CsvFormatException e)
        {
            throw new ImportConfigurationException(e.Message);
        }

        if (result.Snapshot.Opportunities.Count == 0)
        {
            throw new ImportConfigurationException("No opportunity could be loaded from " + files.Opportunities + " (" + Describe(result.Summary) +
                "). Check the mapping " + mappingName + " and the culture (" + parser.CultureName + ").");
        }

        var clock = NowOption.Read(parse.GetValue(now), () => LatestIn(result.Latest)) ?? throw new ImportConfigurationException(NowOption.Problem);
        profile.Queue.Currency = AmountCurrency.Decide(parse.GetValue(currency), parser, profile.Queue.Currency, result.Summary, Path.GetFileName(files.Opportunities));
        return new LoadedImport(files, mappingName, parser, result, clock, profile);
    }

    /// <summary>The latest date in the data, at noon at the earliest: the same files print the same output.</summary>
    private static IClock LatestIn(DateTime latest)
    {
        var noon = latest.Date.AddHours(12);
        return new FixedClock(latest > noon ? latest : noon);
    }

    private static string Describe(ImportSummary summary)
    {
        var lines = new List<string>(summary.Lines());
        return lines.Count == 0 ? "no rows" : string.Join("; ", lines);
    }
}

/// <summary>An import read and checked: its files, mapping, culture, result, "now", and the profile to score it with (its queue in the amounts' currency).</summary>
internal sealed record LoadedImport(ImportFiles Files, string MappingName, ValueParser Parser, ImportResult Result, IClock Clock, ScoringProfile Profile);
