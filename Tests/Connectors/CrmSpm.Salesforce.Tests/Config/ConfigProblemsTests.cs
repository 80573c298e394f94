using CrmSpm.Salesforce.Config;

namespace CrmSpm.Salesforce.Tests.Config;

/// <summary>Config mistakes a new user makes, each answered with one plain, specific problem.</summary>
public sealed class ConfigProblemsTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "crmspm-sf-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Load_WithoutAuthMode_Should_AskForItAndNameTheAllowedValues()
    {
        // Arrange: no mode, and none of any mode's keys either.
        var path = Write("""{ "auth": { "clientId": "3MVG9abc" }, "profile": "p.json" }""");

        // Act
        var exception = Assert.Throws<SalesforceConfigException>(() => SalesforceConfigLoader.Load(path));

        // Assert: one problem, not a guess at JWT bearer followed by its missing username and key file.
        Assert.That(exception!.Problems, Is.EqualTo(new[] { "auth.mode: required; one of jwtBearer, clientCredentials or refreshToken" }));
    }

    [Test]
    public void Load_BrokenJson_Should_GiveTheOneBasedLineAndColumnInPlainWords()
    {
        // Arrange: a missing comma at the end of line 2; the parser stops at line 3, column 3.
        var path = Write("{\n  \"profile\": \"p.json\"\n  \"auth\": {}\n}");

        // Act
        var exception = Assert.Throws<SalesforceConfigException>(() => SalesforceConfigLoader.Load(path));

        // Assert
        Assert.That(exception!.Problems, Is.EqualTo(new[]
        {
            "line 3, column 3: this is not valid JSON (look for a missing comma, quote or bracket there or just before)",
        }));
        Assert.That(exception.Message, Does.Not.Contain("LineNumber").And.Not.Contain("BytePosition").And.Not.Contain("Exception"));
    }

    [TestCase(null, 60)]
    [TestCase(15, 15)]
    public void Load_RequestTimeoutSeconds_Should_SetTheTimeoutOrDefaultToOneMinute(int? seconds, int expected)
    {
        var timeout = seconds is null ? "" : $", \"requestTimeoutSeconds\": {seconds}";
        var path = Write("{ \"auth\": { \"mode\": \"jwtBearer\", \"clientId\": \"id\", \"username\": \"u@x.com\", \"privateKeyFile\": \"k.pem\" }, \"profile\": \"p.json\"" + timeout + " }");

        Assert.That(SalesforceConfigLoader.Load(path).RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(expected)));
    }

    [TestCase("0")]
    [TestCase("601")]
    [TestCase("\"30\"")]
    public void Load_RequestTimeoutOutOfRange_Should_SayWhatIsAllowed(string value)
    {
        var path = Write("{ \"auth\": { \"mode\": \"jwtBearer\", \"clientId\": \"id\", \"username\": \"u@x.com\", \"privateKeyFile\": \"k.pem\" }, \"profile\": \"p.json\", \"requestTimeoutSeconds\": " + value + " }");

        Assert.That(() => SalesforceConfigLoader.Load(path), Throws.TypeOf<SalesforceConfigException>()
            .With.Property("Problems").EqualTo(new[] { "requestTimeoutSeconds: must be a whole number between 1 and 600" }));
    }

    private string Write(string content)
    {
        var path = Path.Combine(_folder, "acme.json");
        File.WriteAllText(path, content);
        return path;
    }
}
