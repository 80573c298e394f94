using System.Runtime.Versioning;
using CrmSpm.Salesforce.Auth;

namespace CrmSpm.Salesforce.Tests.Config;

public sealed class FileRefreshTokenStoreTests : SalesforceTestBase
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "crmspm-sf-token-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Read_NoFileYet_Should_ReturnNothing()
    {
        // Arrange
        var store = new FileRefreshTokenStore(Path.Combine(_folder, "acme.refresh-token"));

        // Act
        var token = store.Read();

        // Assert
        Assert.That(token, Is.Null);
    }

    [Test]
    public void Save_Twice_Should_KeepOnlyTheLatestTokenAndNoTemporaryFile()
    {
        // Arrange
        var path = Path.Combine(_folder, "acme.refresh-token");
        var store = new FileRefreshTokenStore(path);

        // Act
        store.Save(new Secret("5Aep861.first"));
        store.Save(new Secret("5Aep861.second"));

        // Assert
        Assert.That(store.Read()!.Reveal(), Is.EqualTo("5Aep861.second"));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void Save_OnUnix_Should_LeaveTheFileReadableByItsOwnerOnly()
    {
        // Arrange
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix permissions only");
        var path = Path.Combine(_folder, "acme.refresh-token");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        // Act
        new FileRefreshTokenStore(path).Save(new Secret("5Aep861.new"));

        // Assert: 0600, even though the file it replaced was 0644.
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Save_FolderIsAFile_Should_FailNamingThePathButNotTheToken()
    {
        // Arrange: the store's folder cannot be created because a file has its name.
        var blocker = Path.Combine(_folder, "blocker");
        File.WriteAllText(blocker, "");
        var store = new FileRefreshTokenStore(Path.Combine(blocker, "acme.refresh-token"));

        // Act
        var exception = Assert.Throws<SalesforceAuthenticationException>(() => store.Save(new Secret("5Aep861.secret-value")));

        // Assert
        Assert.That(exception!.Message, Does.Contain(blocker));
        Assert.That(exception.Message, Does.Not.Contain("secret-value"));
    }
}
