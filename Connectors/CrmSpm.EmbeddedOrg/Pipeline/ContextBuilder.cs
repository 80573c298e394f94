using System;
using CrmSpm.EmbeddedOrg.Messages;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Builds a step's execution context (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context): OutputParameters only from the main operation on,
// images from the rows before and after the main operation, trimmed to the image's columns.
internal sealed class ContextBuilder
{
    private readonly OrgRuntime _runtime;

    public ContextBuilder(OrgRuntime runtime)
    {
        _runtime = runtime;
    }

    public PluginContext Build(RegisteredStep step, MessageExecution execution, ParameterCollection shared, Row? before, Row? after, bool inTransaction, StepMode mode)
    {
        var stage = step.Stage;
        var outputs = stage >= PipelineStage.MainOperation ? execution.OutputParameters : new ParameterCollection();
        var asynchronous = mode == StepMode.Asynchronous;
        return new PluginContext
        {
            Mode = (int)mode,
            Depth = execution.Depth,
            MessageName = execution.MessageName,
            PrimaryEntityName = execution.PrimaryEntityName,
            PrimaryEntityId = execution.PrimaryEntityId,
            InputParameters = asynchronous ? Copy(execution.InputParameters) : execution.InputParameters,
            OutputParameters = asynchronous ? Copy(outputs) : outputs,
            SharedVariables = shared,
            UserId = execution.UserId,
            InitiatingUserId = execution.InitiatingUserId,
            BusinessUnitId = _runtime.Access.BusinessUnitOf(execution.UserId),
            OrganizationId = _runtime.Options.OrganizationId,
            OrganizationName = _runtime.Options.OrganizationName,
            PreEntityImages = Images(step, before, execution.PrimaryEntityName, pre: true),
            PostEntityImages = stage == PipelineStage.PostOperation ? Images(step, after, execution.PrimaryEntityName, pre: false) : new EntityImageCollection(),
            OwningExtension = new EntityReference(TableNames.SdkMessageProcessingStep, step.Id) { Name = step.Name },
            CorrelationId = execution.Caller.CorrelationId,
            IsInTransaction = inTransaction,
            OperationId = execution.Runtime.Ids.Next(),
            OperationCreatedOn = execution.UtcNow,
            Stage = (int)stage,
            ParentContext = stage == PipelineStage.PreValidation ? execution.Caller.ParentContext : execution.OperationContext ?? execution.Caller.ParentContext,
        };
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context: "to access the shared variables from a plug-in registered for the PreValidation stage ... you
    // must access the ParentContext.SharedVariables collection". This stage-30 context is that parent; its own parent
    // is the calling plugin's context for a nested call. The same variables are also in each step's SharedVariables.
    public PluginContext BuildOperation(MessageExecution execution, ParameterCollection shared)
    {
        return new PluginContext
        {
            Mode = (int)StepMode.Synchronous,
            Depth = execution.Depth,
            MessageName = execution.MessageName,
            PrimaryEntityName = execution.PrimaryEntityName,
            PrimaryEntityId = execution.PrimaryEntityId,
            InputParameters = execution.InputParameters,
            OutputParameters = execution.OutputParameters,
            SharedVariables = shared,
            UserId = execution.UserId,
            InitiatingUserId = execution.InitiatingUserId,
            BusinessUnitId = _runtime.Access.BusinessUnitOf(execution.UserId),
            OrganizationId = _runtime.Options.OrganizationId,
            OrganizationName = _runtime.Options.OrganizationName,
            PreEntityImages = new EntityImageCollection(),
            PostEntityImages = new EntityImageCollection(),
            CorrelationId = execution.Caller.CorrelationId,
            IsInTransaction = true,
            OperationId = execution.Runtime.Ids.Next(),
            OperationCreatedOn = execution.UtcNow,
            Stage = (int)PipelineStage.MainOperation,
            ParentContext = execution.Caller.ParentContext,
        };
    }

    private EntityImageCollection Images(RegisteredStep step, Row? row, string table, bool pre)
    {
        var images = new EntityImageCollection();
        if (row == null)
        {
            return images;
        }

        foreach (var image in step.Registration.Images)
        {
            if (pre ? !image.IsPre : !image.IsPost)
            {
                continue;
            }

            var entity = new Entity(table, row.Id);
            foreach (var pair in row.Values)
            {
                if (image.Columns.Count == 0 || Contains(image.Columns, pair.Key))
                {
                    entity.Attributes[pair.Key] = ValueCloner.Clone(pair.Value);
                }
            }

            images[image.Alias] = entity;
        }

        return images;
    }

    private static bool Contains(System.Collections.Generic.IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return true;
            }
        }

        return false;
    }

    private static ParameterCollection Copy(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var pair in source)
        {
            copy[pair.Key] = ValueCloner.Clone(pair.Value);
        }

        return copy;
    }
}
