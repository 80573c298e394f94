using System.IO.Compression;
using System.Xml.Linq;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>The zip's layout is what Dataverse exports: the three root files, then every component at its FileName.</summary>
public class PackageTests
{
    private static string[] WebResourceRoots => new[] { Repository.PathOf("Solution", "Dataverse", "WebResources"), Shipped.Root };

    private static ZipArchive Pack(bool managed) =>
        new(new MemoryStream(SolutionPackage.Build(managed, new byte[] { 1, 2, 3 }, WebResourceRoots)), ZipArchiveMode.Read);

    [TestCase(true)]
    [TestCase(false)]
    public void TheZipHoldsTheRootFilesAndEveryComponentAtItsFileName(bool managed)
    {
        using var zip = Pack(managed);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        var customizations = XDocument.Load(zip.GetEntry("customizations.xml")!.Open());
        var fileNames = customizations.Descendants("FileName").Select(f => f.Value.TrimStart('/'));

        Assert.That(entries, Is.SupersetOf(new[] { "[Content_Types].xml", "solution.xml", "customizations.xml" }));
        Assert.That(entries, Is.SupersetOf(fileNames));
        Assert.That(entries, Does.Contain("customapis/crmspm_RecalculateScorecards/customapi.xml"));
        Assert.That(XDocument.Load(zip.GetEntry("solution.xml")!.Open()).Descendants("Managed").Single().Value, Is.EqualTo(managed ? "1" : "0"));
    }

    [Test]
    public void ContentTypesDeclareXmlDllAndEachWebResource()
    {
        using var zip = Pack(true);
        var types = XDocument.Load(zip.GetEntry("[Content_Types].xml")!.Open());
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        var webResources = zip.Entries.Where(e => e.FullName.StartsWith("WebResources/", StringComparison.Ordinal)).Select(e => "/" + e.FullName);

        Assert.That(types.Root!.Elements(ns + "Default").Select(d => (string)d.Attribute("Extension")!), Is.EqualTo(new[] { "xml", "dll" }));
        Assert.That(types.Root!.Elements(ns + "Override").Select(o => (string)o.Attribute("PartName")!), Is.EquivalentTo(webResources));
    }

    [Test]
    public void TheXmlPartsStartAsTheExportersDo()
    {
        // [Content_Types].xml: one line, UTF-8 with a byte-order mark and a declaration; the other XML parts: their
        // root element first, no byte-order mark, no declaration (as in Microsoft's exported sample solutions).
        using var zip = Pack(true);
        string Start(string path, int length)
        {
            using var stream = zip.GetEntry(path)!.Open();
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        Assert.That(Start("[Content_Types].xml", 47), Is.EqualTo("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Types"));
        Assert.That(Start("solution.xml", 16), Is.EqualTo("<ImportExportXml"));
        Assert.That(Start("customizations.xml", 16), Is.EqualTo("<ImportExportXml"));
        Assert.That(Start("customapis/crmspm_RecalculateScorecards/customapi.xml", 10), Is.EqualTo("<customapi"));
    }

    [Test]
    public void TheWebResourceFilesAreTheBuiltFilesByteForByte()
    {
        using var zip = Pack(true);
        var resource = CrmSpmSolution.Customizations().Descendants("WebResource").First(w => w.Element("Name")!.Value == "crmspm_/coaching/opportunity.html");
        using var stream = new MemoryStream();
        zip.GetEntry(resource.Element("FileName")!.Value.TrimStart('/'))!.Open().CopyTo(stream);

        Assert.That(stream.ToArray(), Is.EqualTo(File.ReadAllBytes(Shipped.PathOf("crmspm_/coaching/opportunity.html"))));
    }

    [Test]
    public void ThePackedCustomizationsAreWhatTheEmbeddedOrgIsProvisionedFrom()
    {
        // The embedded org and these tests read CrmSpmSolution.Customizations(); the zip must carry that document.
        using var zip = Pack(false);
        var packed = XDocument.Load(zip.GetEntry("customizations.xml")!.Open());

        Assert.That(XNode.DeepEquals(packed.Root, CrmSpmSolution.Customizations().Root), Is.True);
    }

    [Test]
    public void TwoPacksOfTheSameSourceAreIdentical()
    {
        Assert.That(SolutionPackage.Build(true, new byte[] { 1 }, WebResourceRoots), Is.EqualTo(SolutionPackage.Build(true, new byte[] { 1 }, WebResourceRoots)));
    }

    [Test]
    public void TheSolutionManifestNamesThePublisherAndEveryGeneratedComponent()
    {
        var manifest = CrmSpmSolution.SolutionManifest(true).Root!.Element("SolutionManifest")!;
        var roots = manifest.Element("RootComponents")!.Elements().ToList();

        Assert.That(manifest.Element("UniqueName")!.Value, Is.EqualTo("CrmSpm"));
        Assert.That(manifest.Element("Publisher")!.Element("CustomizationPrefix")!.Value, Is.EqualTo("crmspm"));
        Assert.That(roots.Count(r => (string)r.Attribute("type")! == "92"), Is.EqualTo(CrmSpmSolution.Steps().Count));
        Assert.That(roots.Count(r => (string)r.Attribute("type")! == "91"), Is.EqualTo(1));
        Assert.That(SolutionPackage.FileName(true), Is.EqualTo($"CrmSpm_{CrmSpmSolution.Version.Replace('.', '_')}_managed.zip"));
    }
}
