using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Service;

// A test's one-shot hook (EmbeddedOrganization.InterleaveBefore): Run happens once, just before the first request
// When matches, at any depth. It lets a test land another host's work between two calls deterministically.
internal sealed record RequestInterleave(Func<OrganizationRequest, bool> When, Action Run);
