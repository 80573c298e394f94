using CrmSpm.Core.Coaching;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Tests.Profile;

public class ScoringProfileJsonTests : CoreTestBase
{
    private static string DefaultJson() => ScoringProfileJson.ToJson(ScoringProfile.Default);

    /// <summary>The default profile with one fragment of text replaced, for targeted bad-input cases.</summary>
    private static string DefaultJsonWith(string find, string replace)
    {
        var json = DefaultJson();
        Assert.That(json, Does.Contain(find), "fixture text must exist in the default JSON");
        return json.Replace(find, replace);
    }

    private static IEnumerable<string> ProblemsOf(string json) => ScoringProfileJson.Load(json).Problems.Select(p => p.ToString());

    [Test]
    public void Load_DefaultProfileJson_Should_RoundTripWithoutProblems()
    {
        // Arrange
        var json = DefaultJson();

        // Act
        var result = ScoringProfileJson.Load(json);

        // Assert
        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.IsValid, Is.True);
        Assert.That(ScoringProfileJson.ToJson(result.Profile!), Is.EqualTo(json));
    }

    [Test]
    public void Load_MinimalProfile_Should_FillDefaultsInsideSections()
    {
        // Arrange: every section present, nearly empty; one setting changed.
        const string json = """
            {"version":1,"weights":{},"thresholds":{"freshnessDays":7},"windows":{},
             "stages":[{"name":"Discover","order":1}],"rules":[{"id":"stale-deal"}],"visibility":{},"queue":{}}
            """;

        // Act
        var profile = ScoringProfileJson.Load(json).Profile!;

        // Assert
        Assert.That(profile.Thresholds.FreshnessDays, Is.EqualTo(7));
        Assert.That(profile.Weights.Adoption.Freshness, Is.EqualTo(0.3));
        Assert.That(profile.Rules.Single().Severity, Is.EqualTo(Severity.Medium));
        Assert.That(profile.Rules.Single().Parameter(RuleParameterNames.StaleDays), Is.EqualTo(14), "left-out parameter takes the catalogue default");
        Assert.That(profile.EnabledRule(RuleIds.LowActivity), Is.Null, "a rule not listed does not run");
    }

    [Test]
    public void Load_OutOfRangeWeight_Should_ReportPathAndRange()
    {
        // Arrange
        var json = DefaultJsonWith("\"freshness\": 0.3", "\"freshness\": 1.5");

        // Act
        var problems = ProblemsOf(json);

        // Assert
        Assert.That(problems, Is.EqualTo(new[] { "weights.adoption.freshness: must be between 0 and 1" }));
    }

    [Test]
    public void Load_WrongTypes_Should_ReportEachPath()
    {
        // Arrange: a quoted number, a number where a boolean belongs, a string where an object belongs.
        var json = DefaultJsonWith("\"freshnessDays\": 14", "\"freshnessDays\": \"14\"")
            .Replace("\"repSeesOwnTier\": false", "\"repSeesOwnTier\": 0")
            .Replace("\"queue\": {", "\"queue\": \"none\", \"unused\": {");

        // Act
        var problems = ProblemsOf(json).ToList();

        // Assert
        Assert.That(problems, Does.Contain("thresholds.freshnessDays: must be a number"));
        Assert.That(problems, Does.Contain("visibility.repSeesOwnTier: must be true or false"));
        Assert.That(problems, Does.Contain("queue: must be an object"));
        Assert.That(problems, Does.Contain("unused: is not a known setting"));
    }

    [Test]
    public void Load_MissingSections_Should_ReportEachAsRequired()
    {
        // Arrange
        const string json = """{"version":1,"weights":{}}""";

        // Act
        var problems = ProblemsOf(json).ToList();

        // Assert
        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "thresholds: is required", "windows: is required", "stages: is required", "rules: is required",
            "visibility: is required", "queue: is required",
        }));
    }

    [Test]
    public void Load_UnknownAndDuplicateRules_Should_BeReported()
    {
        // Arrange
        var json = DefaultJsonWith("\"id\": \"past-due-close-date\"", "\"id\": \"stale-deal\"")
            .Replace("\"id\": \"recognition\"", "\"id\": \"be-nice\"");

        // Act
        var problems = ProblemsOf(json).ToList();

        // Assert
        Assert.That(problems, Does.Contain("rules[1].id: duplicates rule 'stale-deal'"));
        Assert.That(problems, Does.Contain("rules[8].id: is not a known rule id"));
    }

    [Test]
    public void Load_DuplicateStages_Should_ReportNameAndOrder()
    {
        // Arrange: "Develop" renamed to "qualify" (case differs) and given order 1.
        var json = DefaultJsonWith("\"name\": \"Develop\",\n      \"order\": 2", "\"name\": \"qualify\",\n      \"order\": 1");

        // Act
        var problems = ProblemsOf(json).ToList();

        // Assert
        Assert.That(problems, Is.EqualTo(new[] { "stages[1].name: duplicates stage 'Qualify'", "stages[1].order: duplicates the order of stage 'Qualify'" }));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("/relative/path")]
    [TestCase("ftp://example.com/a")]
    public void Load_UnsafeTrainingLink_Should_BeRefused(string link)
    {
        // Arrange
        var json = DefaultJsonWith("\"trainingLink\": null", "\"trainingLink\": \"" + link + "\"");

        // Act
        var problems = ProblemsOf(json).ToList();

        // Assert
        Assert.That(problems, Does.Contain("rules[0].trainingLink: must be an absolute http or https URL"));
    }

    [Test]
    public void Load_HttpsTrainingLink_Should_BeKeptOnTheRule()
    {
        // Arrange
        var json = DefaultJsonWith("\"trainingLink\": null", "\"trainingLink\": \"https://learn.example.com/stale\"");

        // Act
        var profile = ScoringProfileJson.Load(json).Profile!;

        // Assert
        Assert.That(profile.Rules[0].TrainingLink, Is.EqualTo("https://learn.example.com/stale"));
    }

    [Test]
    public void Load_BadRuleDetails_Should_ReportSeverityParameterAndRange()
    {
        // Arrange
        var json = DefaultJsonWith("\"severity\": \"Medium\",\n      \"parameters\": {\n        \"staleDays\": 14\n      }",
            "\"severity\": \"Urgent\",\n      \"parameters\": {\n        \"staleDays\": 0, \"staleWeeks\": 2\n      }");

        // Act
        var problems = ProblemsOf(json).ToList();

        // Assert
        Assert.That(problems, Does.Contain("rules[0].severity: must be one of Low, Medium, High"));
        Assert.That(problems, Does.Contain("rules[0].parameters.staleWeeks: is not a parameter of rule 'stale-deal'"));
        Assert.That(problems, Does.Contain("rules[0].parameters.staleDays: must be between 1 and 365"));
    }

    [Test]
    public void Load_ValueRules_Should_CoverWeightsSharesIntervalsAndFields()
    {
        // Arrange
        var json = DefaultJson()
            .Replace("\"completeness\": 0.2", "\"completeness\": 0")
            .Replace("\"freshness\": 0.3", "\"freshness\": 0")
            .Replace("\"activityRate\": 0.2", "\"activityRate\": 0")
            .Replace("\"closeDateHygiene\": 0.15", "\"closeDateHygiene\": 0")
            .Replace("\"nextStepDiscipline\": 0.15", "\"nextStepDiscipline\": 0")
            .Replace("\"tierAShare\": 0.25", "\"tierAShare\": 0.6")
            .Replace("\"tierCShare\": 0.25", "\"tierCShare\": 0.5")
            .Replace("\"reinforcementIntervalsDays\": [\n      2,\n      7,", "\"reinforcementIntervalsDays\": [\n      7,\n      2,")
            .Replace("\"requiredFields\": [\n        \"account\"\n      ]", "\"requiredFields\": [\n        \"budget\"\n      ]")
            .Replace("\"version\": 1", "\"version\": 2");

        // Act
        var problems = ProblemsOf(json).ToList();

        // Assert
        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "version: must be 1",
            "weights.adoption: at least one weight must be above 0",
            "thresholds.tierAShare: tierAShare + tierCShare must not exceed 1",
            "windows.reinforcementIntervalsDays: must be in ascending order",
            "stages[0].requiredFields[0]: must be one of amount, closeDate, nextStep, account, contacts",
        }));
    }

    [TestCase("", "$: is required")]
    [TestCase("   ", "$: is required")]
    [TestCase("[1,2]", "$: must be an object")]
    [TestCase("\"text\"", "$: must be an object")]
    public void Load_NotAProfileDocument_Should_ReportTheRoot(string json, string expected)
    {
        // Act
        var problems = ProblemsOf(json);

        // Assert
        Assert.That(problems, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Load_MalformedJson_Should_ReportNotJsonWithoutThrowing()
    {
        // Act
        var result = ScoringProfileJson.Load("{\"version\": 1,");

        // Assert
        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "$: is not valid JSON: the document ends before its last object or array is closed." }));
    }

    [TestCase("{\"version\": 1 ]")]
    [TestCase("{\"version\": 1} trailing")]
    [TestCase("{'version': 1}")]
    public void Load_OtherMalformedJson_Should_ReportNotJson(string json)
    {
        // Act
        var result = ScoringProfileJson.Load(json);

        // Assert
        Assert.That(result.Problems.Single().ToString(), Does.StartWith("$: is not valid JSON: "));
    }

    [Test]
    public void Load_DuplicateKey_Should_BeReported()
    {
        // Arrange
        var json = DefaultJsonWith("\"version\": 1,", "\"version\": 1, \"version\": 1,");

        // Act
        var problems = ProblemsOf(json);

        // Assert
        Assert.That(problems, Is.EqualTo(new[] { "version: appears more than once" }));
    }

    [Test]
    public void Validate_ProfileBuiltInCode_Should_UseTheSamePaths()
    {
        // Arrange
        var profile = ScoringProfile.Default;
        profile.Queue.MaxEntries = 0;
        profile.Stages.Add(new StageDefinition { Name = "", Order = 9 });

        // Act
        var problems = ProfileValidator.Validate(profile).Select(p => p.ToString());

        // Assert
        Assert.That(problems, Is.EquivalentTo(new[] { "queue.maxEntries: must be between 1 and 1000", "stages[4].name: must not be empty" }));
    }

    [Test]
    public void Load_QueueHorizonAndCurrency_Should_BeReadAndChecked()
    {
        // Arrange: a lower-case code is not ISO 4217's shape; a horizon of 0 days counts no pipeline.
        var good = DefaultJsonWith("\"horizonDays\": 91", "\"horizonDays\": 30").Replace("\"currency\": \"USD\"", "\"currency\": \"EUR\"");
        var bad = DefaultJsonWith("\"horizonDays\": 91", "\"horizonDays\": 0").Replace("\"currency\": \"USD\"", "\"currency\": \"eur\"");

        // Act
        var loaded = ScoringProfileJson.Load(good);

        // Assert
        Assert.That((loaded.Profile!.Queue.HorizonDays, loaded.Profile.Queue.Currency), Is.EqualTo((30, "EUR")));
        Assert.That(ProblemsOf(bad), Is.EquivalentTo(new[]
        {
            "queue.horizonDays: must be between 7 and 366",
            "queue.currency: must be a three-letter ISO 4217 currency code, e.g. USD",
        }));
    }
}
