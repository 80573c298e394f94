using CrmSpm.Salesforce.Sync.Mirror;
using CrmSpm.Salesforce.Sync.State;

namespace CrmSpm.Salesforce.Tests.Sync;

public sealed class FileSyncStateStoreTests : SalesforceTestBase
{
    private string _path = "";

    [SetUp]
    public void ChoosePath() => _path = Path.Combine(Path.GetTempPath(), "crmspm-state-" + Guid.NewGuid().ToString("N"), "acme.state.json");

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(Path.GetDirectoryName(_path)))
        {
            Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
        }
    }

    [Test]
    public async Task Load_NoFileYet_Should_GiveAFreshStateForAFirstSync()
    {
        // Act
        var state = await new FileSyncStateStore(_path).LoadAsync(CancellationToken.None);

        // Assert
        Assert.That(state.Watermarks, Is.Empty);
        Assert.That(state.Mirror.Opportunities, Is.Empty);
    }

    [Test]
    public async Task SaveThenLoad_Should_RoundTripWatermarksMirrorAndTips()
    {
        // Arrange
        var store = new FileSyncStateStore(_path);
        var state = new SyncState();
        state.Watermarks["Opportunity"] = Now;
        state.Mirror.Opportunities["006A"] = new OpportunityRow("006A", "Acme", "005A", null, "Develop", 1200.50m, Now.AddDays(3), false, false, "Pipeline", null, Now.AddDays(-9), Now);
        state.Tips["k"] = new TipState { Key = "k", TaskId = "00TA", ShowCount = 2, IsOpen = true, LastShownOn = Now, Fingerprint = "AB12" };

        // Act
        await store.SaveAsync(state, CancellationToken.None);
        var loaded = await store.LoadAsync(CancellationToken.None);

        // Assert
        Assert.That(loaded.Watermarks["Opportunity"], Is.EqualTo(Now));
        Assert.That(loaded.Mirror.Opportunities["006A"], Is.EqualTo(state.Mirror.Opportunities["006A"]));
        Assert.That(loaded.Tips["k"].ShowCount, Is.EqualTo(2));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(_path)!), Is.EqualTo(new[] { _path }), "no temporary file left behind");
    }

    [Test]
    public void Load_DamagedFile_Should_RefuseInsteadOfForgettingTheTips()
    {
        // Arrange
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        File.WriteAllText(_path, "{\"version\":1,\"watermarks\":{");

        // Act / Assert
        Assert.That(async () => await new FileSyncStateStore(_path).LoadAsync(CancellationToken.None),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("damaged"));
    }
}
