namespace CrmSpm.Architecture.Tests;

/// <summary>The rules of docs/architecture.md, checked against what the .csproj files say.</summary>
public sealed class HouseRulesTests
{
    private static readonly string[] DataverseSide = { "CrmSpm.Plugins", "CrmSpm.EmbeddedOrg", "CrmSpm.PluginHost", "CrmSpm.SolutionPacker", "CrmSpm.SnapshotRows", "Microsoft.Xrm.Sdk" };

    private ProjectGraph graph = null!;

    [OneTimeSetUp]
    public void ReadProjects() => graph = ProjectGraph.Load();

    [Test]
    public void Core_Should_DependOnNoProject()
    {
        // Core knows no CRM: no reference at all (it is compiled into the plugin for net462).
        Assert.That(graph["CrmSpm.Core"].DependsOn, Is.Empty);
    }

    [Test]
    public void CoreSources_Should_BeCompiledIntoThePluginAssemblyOnly()
    {
        // Dataverse takes one assembly with no dependency but the SDK, so Core's sources are compiled in there and nowhere else.
        var compilers = graph.Projects.Values.Where(p => p.CompiledSources.Contains("CrmSpm.Core")).Select(p => p.Name);
        Assert.That(compilers, Is.EqualTo(new[] { "CrmSpm.Plugins" }));
    }

    [Test]
    public void Plugins_Should_DependOnlyOnTheSdkSurfaceAndCoresSources()
    {
        Assert.That(graph["CrmSpm.Plugins"].References, Is.EquivalentTo(new[] { "Microsoft.Xrm.Sdk" }));
    }

    [Test]
    public void EmbeddedOrg_Should_KnowNoProduct()
    {
        // It reads any solution's customizations; CrmSpm.PluginHost imports ours into it.
        Assert.That(graph["CrmSpm.EmbeddedOrg"].DependsOn, Is.EquivalentTo(new[] { "Microsoft.Xrm.Sdk" }));
    }

    [Test]
    public void SalesforceConnector_Should_KnowNothingOfDataverse()
    {
        Assert.That(graph["CrmSpm.Salesforce"].DependsOn, Is.EquivalentTo(new[] { "CrmSpm.Core" }));
        Assert.That(graph["CrmSpm.Salesforce"].DependsOn.Intersect(DataverseSide), Is.Empty);
    }

    [Test]
    public void ProductProjects_Should_DependOnNoTestProjectAndNotOnTheCommandLine()
    {
        // Dependencies point inward: the command line is the outermost project; the product never needs the tests.
        foreach (var project in graph.Product)
        {
            Assert.That(project.DependsOn.Where(d => graph.Projects.TryGetValue(d, out var p) && p.IsUnderTests), Is.Empty, project.Name);
            Assert.That(project.DependsOn, Does.Not.Contain("CrmSpm.Cli"), project.Name);
        }
    }

    [Test]
    public void NoProject_Should_ReferenceATestProject()
    {
        // What tests and benchmarks share lives in a library (e.g. the Salesforce emulator), never in a test project.
        foreach (var project in graph.Projects.Values)
        {
            Assert.That(project.References.Where(r => graph.Projects.TryGetValue(r, out var p) && p.IsTestProject), Is.Empty, project.Name);
        }
    }

    [Test]
    public void EveryReference_Should_NameAProjectOfTheRepository()
    {
        // A reference to a moved or deleted project would otherwise only fail at build time, in someone else's branch.
        foreach (var project in graph.Projects.Values)
        {
            Assert.That(project.References.Where(r => !graph.Projects.ContainsKey(r)), Is.Empty, project.Name);
        }
    }

    [Test]
    public void Diagram_Should_DrawEveryProductProjectAndExactlyItsDependencies()
    {
        // Arrange
        var diagram = ArchitectureDiagram.Read(graph.Root);
        var drawn = diagram.Arrows.Select(a => (From: diagram.ProjectOf(a.From, graph), To: diagram.ProjectOf(a.To, graph)))
            .Where(a => a.From != null && a.To != null).Select(a => a.From + " -> " + a.To);
        var actual = graph.Product.SelectMany(p => p.DependsOn.Select(d => p.Name + " -> " + d));

        // Assert: the picture a newcomer reads first is the build's truth.
        var nodes = diagram.Folders.Keys.Select(n => diagram.ProjectOf(n, graph)).OfType<string>();
        Assert.That(nodes, Is.EquivalentTo(graph.Product.Select(p => p.Name)), "nodes of " + ArchitectureDiagram.Document);
        Assert.That(drawn, Is.EquivalentTo(actual), "arrows of " + ArchitectureDiagram.Document);
    }
}
