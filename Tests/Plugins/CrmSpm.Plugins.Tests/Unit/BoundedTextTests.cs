using CrmSpm.Core.Coaching;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>Every text we write fits its column; JSON lists stay valid JSON when trimmed (docs/data-model.md, "Column lengths").</summary>
public sealed class BoundedTextTests
{
    [Test]
    public void Truncate_AtASurrogatePair_Should_CutBeforeIt()
    {
        // Arrange: "ab" + an emoji (2 UTF-16 units) + "cd", cut to 4: keep "ab", never half the emoji.
        var text = "ab😀cd";

        // Act
        var cut = BoundedText.Truncate(text, 4);

        // Assert
        Assert.That(cut, Is.EqualTo("ab…"));
    }

    [Test]
    public void WriteList_TooLong_Should_DropTheOldestUntilItFits()
    {
        // Arrange: 10 entries of about 30 characters each (311 with brackets and commas).
        var items = Enumerable.Range(0, 10).Select(i => "entry-" + i.ToString("D2") + new string('x', 20)).ToList();

        // Act
        var json = BoundedText.WriteList(items, 100, dropOldestFirst: true);

        // Assert: fits, still a JSON array, newest kept.
        Assert.That(json.Length, Is.LessThanOrEqualTo(100));
        var back = JsonColumn.Read<List<string>>(json)!;
        Assert.That(back.Last(), Does.StartWith("entry-09"));
        Assert.That(back.Count, Is.GreaterThan(0));
    }

    [Test]
    public void RecognitionPost_Should_BeAManualPostWithinTheTextColumn()
    {
        // Arrange: Microsoft's post reference: source 2 is Manual Post (Auto Post's text is XML), text MaxLength 2000,
        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/post
        var tip = new CoachingTip { Title = "Milestone", RecommendedAction = new string('w', 3000), Message = new string('w', 3000) };

        // Act
        var post = RecognitionPost.For(tip, new EntityReference(OpportunityColumns.EntityName, Guid.NewGuid()));

        // Assert
        Assert.That(post.GetAttributeValue<OptionSetValue>(PostColumns.Source).Value, Is.EqualTo(2));
        Assert.That(post.GetAttributeValue<string>(PostColumns.Text).Length, Is.EqualTo(2000));
    }

    [Test]
    public void TipState_OverTheColumn_Should_DropAnsweredTipsFirst()
    {
        // Arrange: one open tip and 2,000 answered ones with long rule ids (well over 100,000 characters).
        var state = new List<TipStateEntry> { new() { RuleId = "open-one", Open = true, Shows = 1, LastShownOn = "2026-11-01T00:00:00Z" } };
        state.AddRange(Enumerable.Range(0, 2000).Select(i => new TipStateEntry
        {
            RuleId = "answered-" + i + new string('r', 60), Shows = 1, LastShownOn = "2026-10-01T00:00:00Z", Outcome = "done",
            ClosedOn = "2026-10-" + (1 + i % 28).ToString("D2") + "T00:00:00Z",
        }));

        // Act
        var json = TipStateColumn.Write(state);

        // Assert
        Assert.That(json.Length, Is.LessThanOrEqualTo(OpportunityColumns.TipStateMaxLength));
        Assert.That(JsonColumn.Read<List<TipStateEntry>>(json)!.Any(e => e.RuleId == "open-one" && e.Open), Is.True);
    }
}
