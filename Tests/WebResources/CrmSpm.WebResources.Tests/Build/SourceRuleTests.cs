using System.Text.RegularExpressions;
using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests.Build;

/// <summary>
/// Rules a reviewer would otherwise have to check by eye in every web resource script: no deprecated or
/// unsupported context access, and no API that parses strings as HTML or code (the XSS tests cover the rendered
/// pages; this keeps new code on the same path).
/// </summary>
public sealed class SourceRuleTests
{
    private static IEnumerable<TestCaseData> Rules()
    {
        yield return new TestCaseData(@"\bXrm\.Page\b", "Xrm.Page is deprecated: use the formContext handed over").SetName("WebResources_Should_NotUseXrmPage");
        yield return new TestCaseData(@"\b(parent|top|opener)\.Xrm\b", "parent.Xrm is unsupported: receive Xrm through setClientApiContext").SetName("WebResources_Should_NotReachForParentXrm");
        yield return new TestCaseData(@"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write", "record text must go through textContent (shared/dom.js)").SetName("WebResources_Should_NotParseStringsAsHtml");
        yield return new TestCaseData(@"\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*[""'`]", "no code from strings").SetName("WebResources_Should_NotRunStringsAsCode");
    }

    [TestCaseSource(nameof(Rules))]
    public void WebResourceScripts_Should_FollowTheRule(string pattern, string why)
    {
        // Arrange
        var scripts = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.WebResources, "crmspm_"), "*.js", SearchOption.AllDirectories).ToList();

        // Act
        var offenders = scripts
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(entry => Regex.IsMatch(entry.line, pattern))
            .Select(entry => $"{Path.GetRelativePath(RepositoryPaths.WebResources, entry.file)}:{entry.number}: {entry.line.Trim()}")
            .ToList();

        // Assert
        Assert.That(scripts, Is.Not.Empty);
        Assert.That(offenders, Is.Empty, why);
    }
}
