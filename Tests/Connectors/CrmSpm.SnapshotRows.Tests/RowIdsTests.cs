using CrmSpm.SnapshotRows;

namespace CrmSpm.SnapshotRows.Tests;

public class RowIdsTests
{
    // Expected values: Python's uuid.uuid5(UUID("5b8f7a52-0d3e-4f61-9c27-3e1a0d6b4c19"), name), the reference
    // implementation of RFC 9562's version-5 UUIDs (https://www.rfc-editor.org/rfc/rfc9562#section-5.5).
    [TestCase("rep-0001", "53279a6c-3996-532c-9f9a-1e54d43292f9")]
    [TestCase("opp-0000042", "24f1f139-eae3-587d-bf33-fd4597bb549f")]
    public void For_RecordId_Should_BeTheVersion5UuidInTheRowsNamespace(string generatorId, string expected)
    {
        // Act / Assert: the same ids the demo has always written, from the plugins' one implementation.
        Assert.That(RowIds.For(generatorId), Is.EqualTo(new Guid(expected)));
    }
}
