using System.ServiceModel;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Pipeline;
using CrmSpm.EmbeddedOrg.Time;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Tests;

// A fresh org per test on a fixed clock (2026-11-20 09:00 UTC), plus small helpers for plugins and faults.
public abstract class EmbeddedOrgTestBase
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    protected ManualTimeProvider Clock { get; private set; } = null!;

    protected EmbeddedOrganization Org { get; private set; } = null!;

    protected IOrganizationService Service => Org.SystemService;

    [SetUp]
    public void CreateOrg()
    {
        Clock = new ManualTimeProvider(Start);
        Org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = Clock });
    }

    protected static FaultException<OrganizationServiceFault> Fault(TestDelegate action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action)!;

    protected Guid Register(string message, string? table, PipelineStage stage, Action<IServiceProvider> body, int rank = 1, StepMode mode = StepMode.Synchronous, string[]? filtering = null, params StepImage[] images) =>
        Org.RegisterStep(new StepRegistration
        {
            Name = $"{message}/{table}/{stage}/{rank}",
            Message = message,
            PrimaryEntity = table,
            Stage = stage,
            Mode = mode,
            Rank = rank,
            FilteringAttributes = filtering,
            Images = images,
            Plugin = new DelegatePlugin(body),
        });

    protected static IPluginExecutionContext ContextOf(IServiceProvider provider) =>
        (IPluginExecutionContext)provider.GetService(typeof(IPluginExecutionContext))!;

    protected static IOrganizationService ServiceOf(IServiceProvider provider, Guid? userId = null) =>
        ((IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(userId);

    protected static ITracingService TracingOf(IServiceProvider provider) =>
        (ITracingService)provider.GetService(typeof(ITracingService))!;

    // Test tables of our own, declared in code as a solution would (the org accepts nothing metadata lacks).
    protected void DefineTestTables()
    {
        Org.DefineTable(new TableDefinition("crmspm_scorecard", "crmspm_scorecardid").Add(
            ColumnDefinition.Text("crmspm_name", 200),
            ColumnDefinition.Text("crmspm_key", 100),
            new ColumnDefinition("crmspm_winrate", ColumnType.Decimal) { MinValue = 0m, MaxValue = 1m }));
        Org.DefineTable(new TableDefinition("crmspm_modelstate", "crmspm_modelstateid").Add(ColumnDefinition.Text("crmspm_teamkey", 100)));
    }

    protected Guid CreateAccount(string name) => Service.Create(new Entity("account") { ["name"] = name });

    protected sealed class DelegatePlugin : IPlugin
    {
        private readonly Action<IServiceProvider> _body;

        public DelegatePlugin(Action<IServiceProvider> body)
        {
            _body = body;
        }

        public void Execute(IServiceProvider serviceProvider) => _body(serviceProvider);
    }
}
