using System;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// Which requests the loopback server answers. Listening on 127.0.0.1 keeps other machines out, not other web sites:
/// a page elsewhere can make the browser send requests here, either to a name it rebinds to 127.0.0.1 (DNS rebinding:
/// the Host header then names that site) or as a cross-site form or fetch (the Origin header names that site). So a
/// request is answered only when its Host is 127.0.0.1 or localhost on the served port, and its Origin, when it has
/// one, is that same served origin (https://fetch.spec.whatwg.org/#origin-header,
/// https://www.rfc-editor.org/rfc/rfc9110#name-host-and-authority).
/// </summary>
public static class LoopbackGuard
{
    /// <summary>Why a request with <paramref name="host"/> and <paramref name="origin"/> (null: none) on <paramref name="port"/> is refused, or null to answer it.</summary>
    public static string? Refusal(string? host, string? origin, int port)
    {
        var served = "127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var local = "localhost:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.Equals(host, served, StringComparison.OrdinalIgnoreCase) && !string.Equals(host, local, StringComparison.OrdinalIgnoreCase))
        {
            return "This server answers only http://" + served + "/ and http://" + local + "/.";
        }

        return origin == null || string.Equals(origin, "http://" + host, StringComparison.OrdinalIgnoreCase)
            ? null
            : "Only the pages served by http://" + host + "/ may call it.";
    }
}
