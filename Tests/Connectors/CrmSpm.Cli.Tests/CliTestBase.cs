using System.CommandLine;
using CrmSpm.Cli.Commands;
using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Model;
using Spectre.Console;

namespace CrmSpm.Cli.Tests;

/// <summary>
/// Runs CLI commands against a plain, non-interactive console that writes to a string, which is also what
/// a redirected stdout looks like: no colours, no terminal. Also builds the tiny hand-written org the replay tests
/// check row by row (see <see cref="TinyOrg"/>).
/// </summary>
public abstract class CliTestBase
{
    /// <summary>"Now" of every embedded-org test: a Sunday, period 2026-11.</summary>
    protected static readonly DateTime Now = new(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc);

    protected static (int ExitCode, string Output) Run(params string[] args) => RunAt(160, args);

    /// <summary>Runs a demo on a plain console <paramref name="width"/> columns wide; progress goes to <paramref name="progress"/> when given.</summary>
    protected static (int ExitCode, string Output) RunAt(int width, string[] args, Func<RunProgress>? progress = null)
    {
        var writer = new StringWriter();
        var console = PlainConsole(writer);
        console.Profile.Width = width;
        var root = new RootCommand("test");
        root.Subcommands.Add(DemoCommand.Create(console, progress));
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
        return (exitCode, writer.ToString());
    }

    /// <summary>The plain console, for helpers outside a test class.</summary>
    internal static IAnsiConsole PlainConsoleFor(StringWriter writer) => PlainConsole(writer);

    protected static IAnsiConsole PlainConsole(StringWriter writer) => TestConsole(writer, AnsiSupport.No, ColorSystemSupport.NoColors);

    /// <summary>A non-interactive console 160 columns wide writing to <paramref name="writer"/>, with the escape codes and colours given.</summary>
    protected static IAnsiConsole TestConsole(StringWriter writer, AnsiSupport ansi, ColorSystemSupport colours)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi,
            ColorSystem = colours,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        return console;
    }

    /// <summary>
    /// One rep (Ann Example, quota 10,000 in October and November) with two deals, dates in the autumn of 2026:
    /// <list type="bullet">
    /// <item>opp-1 "Won deal", 20,000, 2 contacts, next step "Send proposal": created 1 Oct at Qualify (close date 20 Oct: a
    /// closed deal keeps only its close date), call 3 Oct (the next step is written down after it), meeting 10 Oct,
    /// Develop 12 Oct, won 20 Oct.</item>
    /// <item>opp-2 "Open deal", 5,000, close date 1 Nov, no next step, 1 contact: created 5 Oct at Qualify, email 7 Oct,
    /// Develop 25 Oct, close date pushed to 10 Nov on 30 Oct, call 12 Nov; still open.</item>
    /// </list>
    /// 11 events: 2 creates, 1 next step, 4 activities, 2 stage changes, 1 push, 1 win.
    /// </summary>
    protected static OrgSnapshot TinyOrg()
    {
        var rep = new Rep
        {
            Id = "rep-0001", Name = "Ann Example", ManagerId = "mgr-001", TeamId = "team-001", StartDate = new DateTime(2024, 1, 1),
            Quotas = { new PeriodQuota { Period = "2026-10", Amount = 10_000m }, new PeriodQuota { Period = "2026-11", Amount = 10_000m } },
        };
        var won = new Opportunity
        {
            Id = "opp-1", Name = "Won deal", OwnerId = rep.Id, AccountId = "acct-1", Stage = "Develop", Amount = 20_000m,
            CreatedOn = At(10, 1), EstimatedCloseDate = At(10, 20).Date, ActualCloseDate = At(10, 20), Status = OpportunityStatus.Won,
            NextStep = "Send proposal", ContactsEngaged = 2,
            StageHistory = { new StageChange { Stage = "Qualify", EnteredOn = At(10, 1) }, new StageChange { Stage = "Develop", EnteredOn = At(10, 12) } },
        };
        var open = new Opportunity
        {
            Id = "opp-2", Name = "Open deal", OwnerId = rep.Id, AccountId = "acct-1", Stage = "Develop", Amount = 5_000m,
            CreatedOn = At(10, 5), EstimatedCloseDate = new DateTime(2026, 11, 10), Status = OpportunityStatus.Open, ContactsEngaged = 1,
            StageHistory = { new StageChange { Stage = "Qualify", EnteredOn = At(10, 5) }, new StageChange { Stage = "Develop", EnteredOn = At(10, 25) } },
            CloseDateChanges = { new CloseDateChange { ChangedOn = At(10, 30), OldDate = new DateTime(2026, 11, 1), NewDate = new DateTime(2026, 11, 10) } },
        };
        return new OrgSnapshot
        {
            Reps = { rep },
            Opportunities = { won, open },
            Activities =
            {
                Touch("a-1", ActivityKind.Call, won, At(10, 3)),
                Touch("a-2", ActivityKind.Meeting, won, At(10, 10)),
                Touch("a-3", ActivityKind.Email, open, At(10, 7)),
                Touch("a-4", ActivityKind.Call, open, At(11, 12)),
            },
        };
    }

    /// <summary>9:00 UTC on a day of 2026.</summary>
    protected static DateTime At(int month, int day) => new(2026, month, day, 9, 0, 0, DateTimeKind.Utc);

    private static Activity Touch(string id, ActivityKind kind, Opportunity deal, DateTime on) => new()
    {
        Id = id, Kind = kind, OwnerId = deal.OwnerId, RegardingOpportunityId = deal.Id, RegardingAccountId = deal.AccountId,
        CreatedOn = on, CompletedOn = on, Status = ActivityStatus.Completed,
    };
}
