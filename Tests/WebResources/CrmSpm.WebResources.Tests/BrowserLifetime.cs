using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests;

/// <summary>Closes the pooled pages and the shared Chromium once every test in the assembly has run.</summary>
[SetUpFixture]
public sealed class BrowserLifetime
{
    [OneTimeTearDown]
    public async Task CloseSharedBrowserAsync()
    {
        await BrowserLanes.CloseAllAsync();
        await SharedBrowser.CloseAsync();
    }
}
