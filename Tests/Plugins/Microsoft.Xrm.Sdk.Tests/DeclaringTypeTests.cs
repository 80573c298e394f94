using System.Reflection;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests;

// Member binding is by declaring type and exact signature.
public class DeclaringTypeTests : SurfaceTestBase
{
    [TestCase("InputParameters", typeof(ParameterCollection))]
    [TestCase("OutputParameters", typeof(ParameterCollection))]
    [TestCase("SharedVariables", typeof(ParameterCollection))]
    [TestCase("UserId", typeof(Guid))]
    [TestCase("InitiatingUserId", typeof(Guid))]
    [TestCase("Depth", typeof(int))]
    [TestCase("MessageName", typeof(string))]
    [TestCase("PrimaryEntityName", typeof(string))]
    [TestCase("PreEntityImages", typeof(EntityImageCollection))]
    [TestCase("PostEntityImages", typeof(EntityImageCollection))]
    [TestCase("IsInTransaction", typeof(bool))]
    [TestCase("OperationCreatedOn", typeof(DateTime))]
    public void IExecutionContext_Member_Should_BeDeclaredOnIExecutionContext(string name, Type type)
    {
        // Arrange / Act
        var property = DeclaredProperty(typeof(IExecutionContext), name);

        // Assert
        Assert.That(property.PropertyType, Is.EqualTo(type));
    }

    [Test]
    public void IPluginExecutionContext_Should_DeclareOnlyStageAndParentContext()
    {
        // Arrange
        var declared = typeof(IPluginExecutionContext).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        // Act
        var names = declared.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);

        // Assert
        Assert.That(names, Is.EqualTo(new[] { "ParentContext", "Stage" }));
    }

    [Test]
    public void AttributeIndexer_Should_BeDeclaredOnDataCollectionOfStringObject()
    {
        // Arrange: entity.Attributes["x"] compiles to DataCollection`2<string,object>::get_Item.
        var indexer = typeof(AttributeCollection).GetProperty("Item", new[] { typeof(string) });

        // Act
        var declaringType = indexer!.DeclaringType;

        // Assert
        Assert.That(declaringType, Is.EqualTo(typeof(DataCollection<string, object>)));
        Assert.That(indexer.GetMethod!.IsVirtual, Is.True);
    }

    [Test]
    public void AttributeCollection_Should_BeSealedAndDeclareNoPublicMembersOfItsOwn()
    {
        // Arrange
        var own = typeof(AttributeCollection).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.MemberType != MemberTypes.Constructor);

        // Act / Assert
        Assert.That(typeof(AttributeCollection).IsSealed, Is.True);
        Assert.That(own, Is.Empty);
    }

    [Test]
    public void Entity_Should_NotBeSealed_And_IdShouldBeVirtual()
    {
        // Arrange / Act (early-bound classes derive from Entity)
        var id = DeclaredProperty(typeof(Entity), "Id");

        // Assert
        Assert.That(typeof(Entity).IsSealed, Is.False);
        Assert.That(id.GetMethod!.IsVirtual, Is.True);
    }

    [Test]
    public void IOrganizationService_Should_HaveTheEightOfficialOperations()
    {
        // Arrange
        var methods = typeof(IOrganizationService).GetMethods().Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal);

        // Act / Assert
        Assert.That(methods, Is.EqualTo(new[] { "Associate", "Create", "Delete", "Disassociate", "Execute", "Retrieve", "RetrieveMultiple", "Update" }));
    }

    [Test]
    public void DataCollectionOfT_Constructors_Should_NotBePublic()
    {
        // Arrange / Act (internal constructors)
        var publicConstructors = typeof(DataCollection<string>).GetConstructors(BindingFlags.Public | BindingFlags.Instance);

        // Assert
        Assert.That(publicConstructors, Is.Empty);
    }

    [TestCase(ConditionOperator.Equal, 0)]
    [TestCase(ConditionOperator.In, 8)]
    [TestCase(ConditionOperator.Null, 12)]
    [TestCase(ConditionOperator.On, 25)]
    [TestCase(ConditionOperator.LastXDays, 33)]
    [TestCase(ConditionOperator.BeginsWith, 54)]
    [TestCase(ConditionOperator.Under, 75)]
    [TestCase(ConditionOperator.UnderOrEqual, 77)]
    [TestCase(ConditionOperator.Above, 78)]
    [TestCase(ConditionOperator.AboveOrEqual, 79)]
    [TestCase(ConditionOperator.DoesNotContainValues, 88)]
    public void ConditionOperator_Value_Should_MatchTheCompiledSdk(ConditionOperator op, int expected)
    {
        // Arrange / Act / Assert (sequential 0..88)
        Assert.That((int)op, Is.EqualTo(expected));
    }

    [TestCase(typeof(JoinOperator), "LeftOuter", 1)]
    [TestCase(typeof(JoinOperator), "NotAll", 9)]
    [TestCase(typeof(LogicalOperator), "Or", 1)]
    [TestCase(typeof(OrderType), "Descending", 1)]
    [TestCase(typeof(OperationStatus), "Succeeded", 4)]
    [TestCase(typeof(PluginHttpStatusCode), "TooManyRequests", 429)]
    public void Enum_Value_Should_MatchTheOfficialDeclaration(Type enumType, string name, int expected)
    {
        // Arrange / Act
        var value = Convert.ToInt32(Enum.Parse(enumType, name));

        // Assert
        Assert.That(value, Is.EqualTo(expected));
    }
}
