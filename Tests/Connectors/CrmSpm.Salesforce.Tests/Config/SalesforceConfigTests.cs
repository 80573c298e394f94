using CrmSpm.Core.Profile;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Config;

namespace CrmSpm.Salesforce.Tests.Config;

public sealed class SalesforceConfigTests : SalesforceTestBase
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

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Test]
    public void Load_CompleteJwtConfig_Should_ResolvePathsNextToTheFile()
    {
        // Arrange: comments and a trailing comma are allowed; state defaults to <config name>.state.json.
        var path = Write("acme.json", """
            {
              // Acme production
              "org": { "loginUrl": "https://login.salesforce.com", "apiVersion": "66.0" },
              "auth": { "mode": "jwtBearer", "clientId": "3MVG9abc", "username": "sync@acme.com", "privateKeyFile": "keys/sync.pem" },
              "objects": ["User", "Opportunity", "Task", "Event"],
              "profile": "profile.json",
              "settleSeconds": 60,
            }
            """);

        // Act
        var config = SalesforceConfigLoader.Load(path);

        // Assert
        Assert.That(config.AuthMode, Is.EqualTo(AuthMode.JwtBearer));
        Assert.That(config.PrivateKeyFile, Is.EqualTo(Path.Combine(_folder, "keys", "sync.pem")));
        Assert.That(config.ProfilePath, Is.EqualTo(Path.Combine(_folder, "profile.json")));
        Assert.That(config.StatePath, Is.EqualTo(Path.Combine(_folder, "acme.state.json")));
        Assert.That(config.Objects, Is.EqualTo(new[] { "User", "Opportunity", "Task", "Event" }));
        Assert.That(config.SettleDelay, Is.EqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(config.QueryBatchSize, Is.EqualTo(2000));
    }

    [Test]
    public void Load_ManyMistakes_Should_ListEveryProblemWithItsPath()
    {
        // Arrange
        var path = Write("bad.json", """
            {
              "org": { "loginUrl": "http://login.salesforce.com", "apiVersion": "30.0" },
              "auth": { "mode": "password", "clientSecret": "s3cr3t" },
              "objects": ["User", "Lead"],
              "queryBatchSize": 5000
            }
            """);

        // Act
        var exception = Assert.Throws<SalesforceConfigException>(() => SalesforceConfigLoader.Load(path));

        // Assert
        Assert.That(exception!.Problems, Has.Some.StartsWith("auth.clientSecret: secrets do not go in the config file"));
        Assert.That(exception.Problems, Has.Some.StartsWith("org.loginUrl: 'http://login.salesforce.com' is not an https URL"));
        Assert.That(exception.Problems, Has.Some.StartsWith("org.apiVersion: '30.0' is not supported"));
        Assert.That(exception.Problems, Has.Some.StartsWith("auth.mode: 'password' is not one of"));
        Assert.That(exception.Problems, Has.Some.EqualTo("auth.clientId: required"));
        Assert.That(exception.Problems, Has.Some.StartsWith("objects: 'Lead' is not one of"));
        Assert.That(exception.Problems, Has.Some.EqualTo("objects: Opportunity is required"));
        Assert.That(exception.Problems, Has.Some.EqualTo("profile: required"));
        Assert.That(exception.Problems, Has.Some.EqualTo("queryBatchSize: must be a whole number between 200 and 2000"));
        Assert.That(exception.Message, Does.Not.Contain("s3cr3t"));
    }

    [TestCase("")]
    [TestCase("{ not json")]
    [TestCase("[1, 2]")]
    public void Load_NotAConfigObject_Should_SaySo(string content)
    {
        Assert.That(() => SalesforceConfigLoader.Load(Write("x.json", content)), Throws.TypeOf<SalesforceConfigException>());
    }

    [Test]
    public void Load_ClientCredentialsAgainstLoginHost_Should_AskForMyDomain()
    {
        // Arrange
        var path = Write("cc.json", """
            { "org": { "loginUrl": "https://test.salesforce.com" },
              "auth": { "mode": "clientCredentials", "clientId": "id", "clientSecretVariable": "SF_SECRET" },
              "profile": "p.json" }
            """);

        // Act / Assert
        Assert.That(() => SalesforceConfigLoader.Load(path),
            Throws.TypeOf<SalesforceConfigException>().With.Message.Contains("My Domain"));
    }

    [Test]
    public void Load_RefreshTokenModeWithoutStore_Should_AskForTheStore()
    {
        // Arrange: without a store a rotated token would be forgotten after this run.
        var path = Write("rt.json", """
            { "auth": { "mode": "refreshToken", "clientId": "id", "refreshTokenVariable": "SF_REFRESH" }, "profile": "p.json" }
            """);

        // Act
        var exception = Assert.Throws<SalesforceConfigException>(() => SalesforceConfigLoader.Load(path));

        // Assert
        Assert.That(exception!.Problems, Has.One.StartsWith("auth.refreshTokenStore: required in refreshToken mode"));
    }

    [Test]
    public void Load_RefreshTokenStoreIsTheStateFile_Should_BeRefused()
    {
        // Arrange: every rotation overwrites the store, so it must not share a file with the sync state.
        var path = Write("rt.json", """
            { "auth": { "mode": "refreshToken", "clientId": "id", "refreshTokenVariable": "SF_REFRESH", "refreshTokenStore": "rt.state.json" },
              "profile": "p.json" }
            """);

        // Act
        var exception = Assert.Throws<SalesforceConfigException>(() => SalesforceConfigLoader.Load(path));

        // Assert
        Assert.That(exception!.Problems, Has.One.StartsWith("auth.refreshTokenStore: 'rt.state.json' is the config, state or profile file"));
    }

    [Test]
    public void Load_RefreshTokenStore_Should_ResolveNextToTheFile()
    {
        // Arrange
        var path = Write("rt.json", """
            { "auth": { "mode": "refreshToken", "clientId": "id", "refreshTokenVariable": "SF_REFRESH", "refreshTokenStore": "secrets/acme.refresh-token" },
              "profile": "p.json" }
            """);

        // Act
        var config = SalesforceConfigLoader.Load(path);

        // Assert
        Assert.That(config.RefreshTokenStorePath, Is.EqualTo(Path.Combine(_folder, "secrets", "acme.refresh-token")));
    }

    [Test]
    public void BuildAuth_RefreshTokenAlreadyStored_Should_PreferItToTheVariable()
    {
        // Arrange: an earlier run stored the token Salesforce rotated to; the variable still holds the first one.
        Write("rt.refresh-token", "5Aep861.rotated\n");
        var config = SalesforceConfigLoader.Load(Write("rt.json", """
            { "auth": { "mode": "refreshToken", "clientId": "id", "refreshTokenVariable": "SF_REFRESH", "refreshTokenStore": "rt.refresh-token" },
              "profile": "p.json" }
            """));

        // Act
        var auth = (RefreshTokenSettings)SalesforceSyncBuilder.BuildAuth(config, name => name == "SF_REFRESH" ? "5Aep861.first" : null);

        // Assert
        Assert.That(auth.RefreshToken.Reveal(), Is.EqualTo("5Aep861.rotated"));
        Assert.That(auth.OnRefreshTokenRotated, Is.Not.Null);
    }

    [Test]
    public void BuildAuth_SecretVariableUnset_Should_NameTheVariableNotAValue()
    {
        // Arrange
        var config = SalesforceConfigLoader.Load(Write("cc.json", """
            { "org": { "loginUrl": "https://acme.my.salesforce.com" },
              "auth": { "mode": "clientCredentials", "clientId": "id", "clientSecretVariable": "SF_SECRET" },
              "profile": "p.json" }
            """));

        // Act
        var missing = Assert.Throws<SalesforceConfigException>(() => SalesforceSyncBuilder.BuildAuth(config, _ => null));
        var present = SalesforceSyncBuilder.BuildAuth(config, name => name == "SF_SECRET" ? "from-env" : null);

        // Assert
        Assert.That(missing!.Message, Does.Contain("SF_SECRET is not set"));
        Assert.That(((ClientCredentialsSettings)present).ClientSecret.Reveal(), Is.EqualTo("from-env"));
        Assert.That(present.ToString(), Does.Not.Contain("from-env"));
    }

    [Test]
    public void BuildAuth_KeyFileWithoutPem_Should_FailWithoutPrintingTheFile()
    {
        // Arrange
        Write("sync.pem", "this-is-not-a-key-but-treat-it-as-secret");
        var config = SalesforceConfigLoader.Load(Write("jwt.json", """
            { "auth": { "mode": "jwtBearer", "clientId": "id", "username": "u@x.com", "privateKeyFile": "sync.pem" }, "profile": "p.json" }
            """));

        // Act
        var exception = Assert.Throws<SalesforceConfigException>(() => SalesforceSyncBuilder.BuildAuth(config, _ => null));

        // Assert
        Assert.That(exception!.Message, Does.Contain("holds no PEM RSA private key"));
        Assert.That(exception.Message, Does.Not.Contain("treat-it-as-secret"));
    }

    [Test]
    public void BuildAuth_PemKey_Should_LoadIt()
    {
        // Arrange
        using var key = NewRsaKey();
        Write("sync.pem", key.ExportPkcs8PrivateKeyPem());
        var config = SalesforceConfigLoader.Load(Write("jwt.json", """
            { "auth": { "mode": "jwtBearer", "clientId": "id", "username": "u@x.com", "privateKeyFile": "sync.pem" }, "profile": "p.json" }
            """));

        // Act
        var auth = (JwtBearerSettings)SalesforceSyncBuilder.BuildAuth(config, _ => null);

        // Assert: same key → same public modulus.
        Assert.That(auth.PrivateKey.ExportParameters(false).Modulus, Is.EqualTo(key.ExportParameters(false).Modulus));
    }

    [Test]
    public void LoadProfile_InvalidProfile_Should_ReportCoresProblems()
    {
        // Arrange
        Write("p.json", """{ "version": 1, "weights": { "adoption": { "freshness": 7 } } }""");
        var config = SalesforceConfigLoader.Load(Write("c.json", """
            { "auth": { "mode": "refreshToken", "clientId": "id", "refreshTokenVariable": "SF_REFRESH", "refreshTokenStore": "c.refresh-token" }, "profile": "p.json" }
            """));

        // Act
        var exception = Assert.Throws<SalesforceConfigException>(() => SalesforceSyncBuilder.LoadProfile(config));

        // Assert
        Assert.That(exception!.Problems, Has.Some.Contains("weights.adoption.freshness"));
    }

    [Test]
    public void LoadProfile_DefaultProfileJson_Should_Load()
    {
        // Arrange: the same format as for Dynamics, written by Core.
        Write("p.json", ScoringProfileJson.ToJson(ScoringProfile.Default));
        var config = SalesforceConfigLoader.Load(Write("c.json", """
            { "auth": { "mode": "refreshToken", "clientId": "id", "refreshTokenVariable": "SF_REFRESH", "refreshTokenStore": "c.refresh-token" }, "profile": "p.json" }
            """));

        // Act
        var profile = SalesforceSyncBuilder.LoadProfile(config);

        // Assert
        Assert.That(profile.Rules, Has.Count.EqualTo(ScoringProfile.Default.Rules.Count));
    }

    [Test]
    public void Load_TerritorySizeField_Should_BeRead()
    {
        var path = Write("t.json", """
            { "auth": { "mode": "clientCredentials", "clientId": "id", "clientSecretVariable": "SF_SECRET" },
              "org": { "loginUrl": "https://acme.my.salesforce.com" }, "profile": "p.json", "territorySizeField": "Territory_Size__c" }
            """);

        Assert.That(SalesforceConfigLoader.Load(path).TerritorySizeField, Is.EqualTo("Territory_Size__c"));
    }

    [TestCase("\"Territory Size\"", "territorySizeField: 'Territory Size' is not a field API name of User")]
    [TestCase("\"Size__c FROM User WHERE Id != null\"", "territorySizeField: 'Size__c FROM User WHERE Id != null' is not a field API name of User")]
    [TestCase("\"Manager.Territory__c\"", "territorySizeField: 'Manager.Territory__c' is not a field API name of User")]
    [TestCase("42", "territorySizeField: must be a non-empty string")]
    public void Load_TerritorySizeFieldNotAFieldName_Should_BeAProblem(string value, string problem)
    {
        // The name goes into the User query, so only a plain API name passes.
        var path = Write("t.json", $$"""
            { "auth": { "mode": "clientCredentials", "clientId": "id", "clientSecretVariable": "SF_SECRET" },
              "org": { "loginUrl": "https://acme.my.salesforce.com" }, "profile": "p.json", "territorySizeField": {{value}} }
            """);

        var exception = Assert.Throws<SalesforceConfigException>(() => SalesforceConfigLoader.Load(path));

        Assert.That(exception!.Problems, Has.One.StartsWith(problem));
    }
}
