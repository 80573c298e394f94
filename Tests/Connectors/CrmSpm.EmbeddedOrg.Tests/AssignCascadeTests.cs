using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// A new owner follows the relationship's CascadeAssign: Cascade reaches every child, Active only open ones,
// UserOwned only those the previous owner owned, NoCascade none
// (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior).
public sealed class AssignCascadeTests : EmbeddedOrgTestBase
{
    private Guid _ann;
    private Guid _bob;
    private Guid _cid;

    [SetUp]
    public void DefineParentAndChildren()
    {
        Org.DefineTable(new TableDefinition("x_parent", "x_parentid").Add(ColumnDefinition.Text("x_name", 100)));
        Org.DefineTable(new TableDefinition("x_child", "x_childid").Add(ColumnDefinition.Lookup("x_parentid", "x_parent")));
        _ann = Org.CreateUser("Ann");
        _bob = Org.CreateUser("Bob");
        _cid = Org.CreateUser("Cid");
    }

    [TestCase(CascadeType.Cascade, true, true, true)]
    [TestCase(CascadeType.Active, true, false, true)]
    [TestCase(CascadeType.UserOwned, true, true, false)]
    [TestCase(CascadeType.NoCascade, false, false, false)]
    public void AssigningTheParent_Should_MoveTheChildrenItsCascadeAssignNames(CascadeType cascade, bool openOfAnn, bool closedOfAnn, bool openOfCid)
    {
        var (parent, children) = Family(cascade);

        Service.Execute(Assign("x_parent", parent, _bob));

        Assert.That(OwnerOf(children[0]) == _bob, Is.EqualTo(openOfAnn), "open child the previous owner owned");
        Assert.That(OwnerOf(children[1]) == _bob, Is.EqualTo(closedOfAnn), "inactive child the previous owner owned");
        Assert.That(OwnerOf(children[2]) == _bob, Is.EqualTo(openOfCid), "open child someone else owned");
        Assert.That(OwnerOf(children[3]), Is.EqualTo(_ann), "a child of another parent never moves");
    }

    [Test]
    public void UpdatingTheParentsOwner_Should_CascadeLikeAssign_ThroughTheChildrensAssignSteps()
    {
        var (parent, children) = Family(CascadeType.Cascade);
        var childAssigns = 0;
        Register("Assign", "x_child", PipelineStage.PostOperation, _ => childAssigns++);

        Service.Update(new Entity("x_parent", parent) { ["ownerid"] = new EntityReference("systemuser", _bob) });

        Assert.That(new[] { OwnerOf(children[0]), OwnerOf(children[1]), OwnerOf(children[2]) }, Is.All.EqualTo(_bob));
        Assert.That(childAssigns, Is.EqualTo(3));
    }

    [Test]
    public void AssigningToTheCurrentOwner_Should_CascadeNothing()
    {
        var (parent, children) = Family(CascadeType.Cascade);

        Service.Execute(Assign("x_parent", parent, _ann));

        Assert.That(OwnerOf(children[2]), Is.EqualTo(_cid));
    }

    private static OrganizationRequest Assign(string table, Guid id, Guid user) => new("Assign")
    {
        ["Target"] = new EntityReference(table, id),
        ["Assignee"] = new EntityReference("systemuser", user),
    };

    // A parent owned by Ann; children: Ann's open, Ann's inactive, Cid's open, and Ann's child of another parent.
    private (Guid Parent, Guid[] Children) Family(CascadeType cascadeAssign)
    {
        Org.DefineRelationship(new RelationshipDefinition("x_parent_children", "x_parent", "x_child", "x_parentid", CascadeType.NoCascade, cascadeAssign));
        var parent = Org.Seed(new Entity("x_parent") { ["x_name"] = "P", ["ownerid"] = new EntityReference("systemuser", _ann) });
        var other = Org.Seed(new Entity("x_parent") { ["x_name"] = "Q", ["ownerid"] = new EntityReference("systemuser", _ann) });
        Guid Child(Guid of, Guid owner, int state) => Org.Seed(new Entity("x_child")
        {
            ["x_parentid"] = new EntityReference("x_parent", of),
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["statecode"] = new OptionSetValue(state),
            ["statuscode"] = new OptionSetValue(state + 1),
        });
        return (parent, new[] { Child(parent, _ann, 0), Child(parent, _ann, 1), Child(parent, _cid, 0), Child(other, _ann, 0) });
    }

    private Guid OwnerOf(Guid child) => Service.Retrieve("x_child", child, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id;
}
