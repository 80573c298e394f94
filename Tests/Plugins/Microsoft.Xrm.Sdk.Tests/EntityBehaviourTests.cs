using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests;

// Documented behaviour of the data types.
public class EntityBehaviourTests : SurfaceTestBase
{
    [Test]
    public void GetAttributeValue_MissingAttribute_Should_ReturnDefault()
    {
        // Arrange
        var entity = new Entity("opportunity");

        // Act
        var name = entity.GetAttributeValue<string>("name");
        var score = entity.GetAttributeValue<int>("crmspm_dealscore");
        var nullable = entity.GetAttributeValue<int?>("crmspm_dealscore");

        // Assert
        Assert.That(name, Is.Null);
        Assert.That(score, Is.EqualTo(0));
        Assert.That(nullable, Is.Null);
    }

    [Test]
    public void GetAttributeValue_WrongType_Should_ThrowInvalidCast()
    {
        // Arrange (a direct cast)
        var entity = new Entity("opportunity") { ["name"] = "Big deal" };

        // Act / Assert
        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<Money>("name"));
    }

    [Test]
    public void Indexer_MissingAttribute_Should_ThrowKeyNotFound()
    {
        // Arrange
        var entity = new Entity("opportunity");

        // Act / Assert
        Assert.Throws<KeyNotFoundException>(() => _ = entity["name"]);
        Assert.Throws<KeyNotFoundException>(() => _ = entity.Attributes["name"]);
    }

    [Test]
    public void AttributeKeys_Should_BeCaseSensitive()
    {
        // Arrange (default Dictionary comparer)
        var entity = new Entity("opportunity") { ["name"] = "x" };

        // Act / Assert
        Assert.That(entity.Contains("Name"), Is.False);
        Assert.That(entity.Contains("name"), Is.True);
    }

    [Test]
    public void TryGetAttributeValue_ConvertibleValue_Should_Convert()
    {
        // Arrange (is T, then TypeDescriptor conversion, failures → false)
        var entity = new Entity("task") { ["subject"] = "42", ["description"] = "not a number" };

        // Act
        var converted = entity.TryGetAttributeValue<int>("subject", out var number);
        var failed = entity.TryGetAttributeValue<int>("description", out _);
        var missing = entity.TryGetAttributeValue<string>("nothing", out _);

        // Assert
        Assert.That(converted, Is.True);
        Assert.That(number, Is.EqualTo(42));
        Assert.That(failed, Is.False);
        Assert.That(missing, Is.False);
    }

    [Test]
    public void ToEntityReference_Should_CarryLogicalNameIdAndRowVersion()
    {
        // Arrange
        var id = Guid.Parse("11111111-1111-1111-1111-111111111111");
        var entity = new Entity("account", id) { RowVersion = "7" };

        // Act
        var reference = entity.ToEntityReference();

        // Assert
        Assert.That(reference.LogicalName, Is.EqualTo("account"));
        Assert.That(reference.Id, Is.EqualTo(id));
        Assert.That(reference.RowVersion, Is.EqualTo("7"));
    }

    [Test]
    public void EntityReference_Equals_Should_IgnoreName()
    {
        // Arrange
        var id = Guid.NewGuid();
        var a = new EntityReference("account", id) { Name = "Contoso" };
        var b = new EntityReference("account", id) { Name = "Other" };
        var c = new EntityReference("contact", id);

        // Act / Assert
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That(a, Is.Not.EqualTo(c));
    }

    [Test]
    public void MoneyAndOptionSetValue_Should_CompareByValue()
    {
        // Arrange / Act / Assert
        Assert.That(new Money(10.5m), Is.EqualTo(new Money(10.5m)));
        Assert.That(new Money(1m), Is.Not.EqualTo(new Money(2m)));
        Assert.That(new OptionSetValue(100000000), Is.EqualTo(new OptionSetValue(100000000)));
    }

    [Test]
    public void ReadOnlyCollection_Should_RefuseChanges()
    {
        // Arrange (mutators throw "The collection is read-only.")
        var entity = new Entity("account") { ["name"] = "x" };
        var collection = entity.Attributes;

        // Act: IsReadOnly has an internal setter in the official SDK, so reach it by reflection as the platform does.
        typeof(DataCollection<string, object>).GetProperty("IsReadOnly")!.SetValue(collection, true);
        var error = Assert.Throws<InvalidOperationException>(() => collection["name"] = "y");

        // Assert
        Assert.That(error!.Message, Is.EqualTo("The collection is read-only."));
    }

    [Test]
    public void NewColumnSet_Should_SelectNoColumns_And_NotAllColumns()
    {
        // Arrange / Act
        var none = new ColumnSet();
        var all = new ColumnSet(true);
        var some = new ColumnSet("name", "ownerid");

        // Assert
        Assert.That(none.AllColumns, Is.False);
        Assert.That(none.Columns, Is.Empty);
        Assert.That(all.AllColumns, Is.True);
        Assert.That(some.Columns, Is.EqualTo(new[] { "name", "ownerid" }));
    }

    [Test]
    public void NewQueryExpression_Should_HaveCriteriaPageInfoAndEmptyColumnSet()
    {
        // Arrange / Act
        var query = new QueryExpression("task");

        // Assert
        Assert.That(query.Criteria, Is.Not.Null);
        Assert.That(query.Criteria.FilterOperator, Is.EqualTo(LogicalOperator.And));
        Assert.That(query.PageInfo, Is.Not.Null);
        Assert.That(query.ColumnSet.AllColumns, Is.False);
        Assert.That(query.TopCount, Is.Null);
    }

    [Test]
    public void QueryExpression_AddLink_Should_DefaultToInnerFromTheQueryEntity()
    {
        // Arrange
        var query = new QueryExpression("task");

        // Act
        var link = query.AddLink("opportunity", "regardingobjectid", "opportunityid");

        // Assert
        Assert.That(link.JoinOperator, Is.EqualTo(JoinOperator.Inner));
        Assert.That(link.LinkFromEntityName, Is.EqualTo("task"));
        Assert.That(link.LinkToEntityName, Is.EqualTo("opportunity"));
        Assert.That(query.LinkEntities, Has.Count.EqualTo(1));
    }

    [Test]
    public void InvalidPluginExecutionException_WithErrorCode_Should_ExposeItAsHResult()
    {
        // Arrange (errorCode != 0 → HResult)
        var error = new InvalidPluginExecutionException(OperationStatus.Retry, -2147220891, "stop");

        // Act / Assert
        Assert.That(error.ErrorCode, Is.EqualTo(-2147220891));
        Assert.That(error.HResult, Is.EqualTo(-2147220891));
        Assert.That(error.Status, Is.EqualTo(OperationStatus.Retry));
        Assert.That(error.Message, Is.EqualTo("stop"));
        Assert.That(new InvalidPluginExecutionException("x").Status, Is.EqualTo(OperationStatus.Failed));
    }

    [Test]
    public void TypedRequests_Should_BeThinWrappersOverParameters()
    {
        // Arrange
        var target = new Entity("task");

        // Act
        var create = new CreateRequest { Target = target };
        var multiple = new ExecuteMultipleRequest();

        // Assert
        Assert.That(create.RequestName, Is.EqualTo("Create"));
        Assert.That(create.Parameters["Target"], Is.SameAs(target));
        Assert.That(multiple.Parameters.Contains("Requests"), Is.True, "the constructor sets Requests to null (key present)");
        Assert.That(multiple.Settings, Is.Null);
    }

    [Test]
    public void TypedResponses_Should_ReadResults_AndDefaultWhenAbsent()
    {
        // Arrange (CreateResponse.id reads the lower-case key "id")
        var id = Guid.NewGuid();
        var response = new CreateResponse();
        var empty = new CreateResponse();

        // Act
        response.Results["id"] = id;

        // Assert
        Assert.That(response.id, Is.EqualTo(id));
        Assert.That(empty.id, Is.EqualTo(Guid.Empty));
    }

    [Test]
    public void ParameterCollection_Helpers_Should_SkipNullsAndCheckTypes()
    {
        // Arrange
        var parameters = new ParameterCollection();

        // Act
        parameters.AddOrUpdateIfNotNull("Target", new Entity("task"));
        parameters.AddOrUpdateIfNotNull("Ignored", null!);
        var typed = parameters.TryGetValue<Entity>("Target", out var target);
        var wrongType = parameters.TryGetValue<EntityReference>("Target", out _);

        // Assert
        Assert.That(parameters.Count, Is.EqualTo(1));
        Assert.That(typed, Is.True);
        Assert.That(target!.LogicalName, Is.EqualTo("task"));
        Assert.That(wrongType, Is.False);
    }

    [Test]
    public void EntityCollection_Should_DefaultToAnEmptyPage()
    {
        // Arrange / Act
        var collection = new EntityCollection(new List<Entity> { new("task") });
        var empty = new EntityCollection();

        // Assert
        Assert.That(collection[0].LogicalName, Is.EqualTo("task"));
        Assert.That(empty.Entities, Is.Empty);
        Assert.That(empty.MoreRecords, Is.False);
        Assert.That(empty.PagingCookie, Is.Null);
    }

    [Test]
    public void OrganizationServiceFault_ErrorDetails_Should_NeverBeNull()
    {
        // Arrange (callers test fault.Detail.ErrorDetails.Contains(...))
        var fault = new OrganizationServiceFault { ErrorCode = -2147220969, Message = "gone" };

        // Act / Assert
        Assert.That(fault.ErrorDetails.Contains("MaxBatchSize"), Is.False);
        Assert.That(fault.ToString(), Does.Contain("ErrorCode: 0x80040217"));
    }
}
