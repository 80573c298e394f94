using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests;

/// <summary>Closes the shared Chromium once every test in the assembly has run.</summary>
[SetUpFixture]
public sealed class BrowserLifetime
{
    [OneTimeTearDown]
    public Task CloseSharedBrowserAsync() => SharedBrowser.CloseAsync();
}
