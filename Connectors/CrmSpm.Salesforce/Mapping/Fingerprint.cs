using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Mapping;

/// <summary>A short hash of the fields we would write; equal hashes mean there is nothing to send.</summary>
public static class Fingerprint
{
    public static string Of(JsonObject fields) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fields.ToJsonString())), 0, 12);
}
