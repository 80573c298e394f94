using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// Writes the managed and unmanaged solution zips in the layout Dataverse exports: [Content_Types].xml, solution.xml,
/// customizations.xml, PluginAssemblies/…, WebResources/…, customapis/… (paths are the components' FileName).
/// </summary>
public static class SolutionPackage
{
    /// <summary>Fixed entry times keep two packs of the same source byte-identical.</summary>
    private static readonly DateTimeOffset EntryTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Dataverse's export name: <c>CrmSpm_1_0_0_0_managed.zip</c>, <c>CrmSpm_1_0_0_0.zip</c>.</summary>
    public static string FileName(bool managed) =>
        $"{CrmSpmSolution.UniqueName}_{CrmSpmSolution.Version.Replace('.', '_')}{(managed ? "_managed" : "")}.zip";

    /// <summary>Writes both zips into <paramref name="outputFolder"/> and returns their paths.</summary>
    /// <param name="webResourceRoots">Folders holding the web resources' files by name, searched in order
    /// (Solution/Dataverse/WebResources for files that live beside their .data.xml, then WebResources/dist, the
    /// bundles <see cref="WebResourceBuild"/> checks).</param>
    public static IReadOnlyList<string> WriteBoth(string pluginDll, IReadOnlyList<string> webResourceRoots, string outputFolder)
    {
        var problems = PluginAssemblyCheck.Problems(pluginDll);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{pluginDll} cannot be packed: {string.Join("; ", problems)}.");
        }

        Directory.CreateDirectory(outputFolder);
        return new[] { true, false }.Select(managed =>
        {
            var path = Path.Combine(outputFolder, FileName(managed));
            File.WriteAllBytes(path, Build(managed, File.ReadAllBytes(pluginDll), webResourceRoots));
            return path;
        }).ToArray();
    }

    public static byte[] Build(bool managed, byte[] pluginDll, IReadOnlyList<string> webResourceRoots)
    {
        var customizations = CrmSpmSolution.Customizations();
        var webResources = customizations.Root!.Element("WebResources")!.Elements("WebResource").ToArray();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ContentTypes(webResources))).ToArray());
            Add(zip, "solution.xml", Serialize(CrmSpmSolution.SolutionManifest(managed)));
            Add(zip, "customizations.xml", Serialize(customizations));
            Add(zip, PluginRegistrationXml.AssemblyFileName.TrimStart('/'), pluginDll);
            foreach (var resource in webResources)
            {
                var name = resource.Element("Name")!.Value;
                var file = webResourceRoots.Select(root => Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar))).FirstOrDefault(File.Exists)
                    ?? throw new FileNotFoundException($"Web resource {name} is declared in Solution/Dataverse but no file has that name under {string.Join(", ", webResourceRoots)}.", name);

                Add(zip, resource.Element("FileName")!.Value.TrimStart('/'), File.ReadAllBytes(file));
            }

            foreach (var (path, doc) in CrmSpmSolution.CustomApiFiles().OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Add(zip, path, Serialize(doc));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Exactly the exporter's one-line form; extension-less web-resource parts get an Override each.</summary>
    private static string ContentTypes(IEnumerable<XElement> webResources)
    {
        var overrides = string.Concat(webResources.Select(r =>
            $"<Override PartName=\"{r.Element("FileName")!.Value}\" ContentType=\"application/octet-stream\" />"));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               + "<Default Extension=\"xml\" ContentType=\"application/octet-stream\" />"
               + "<Default Extension=\"dll\" ContentType=\"application/octet-stream\" />"
               + overrides + "</Types>";
    }

    /// <summary>As the exporter writes solution.xml, customizations.xml and customapis/…: UTF-8 without a byte-order mark or an XML declaration.</summary>
    private static byte[] Serialize(XDocument doc)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, Indent = true, IndentChars = "  " };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            doc.Save(writer);
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content, 0, content.Length);
    }
}
