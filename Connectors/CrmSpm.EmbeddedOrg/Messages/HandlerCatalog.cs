using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Pipeline;

namespace CrmSpm.EmbeddedOrg.Messages;

// Which handler runs the main operation of a request name.
internal sealed class HandlerCatalog
{
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.Ordinal)
    {
        [MessageNames.Create] = new CreateHandler(),
        [MessageNames.Retrieve] = new RetrieveHandler(),
        [MessageNames.RetrieveMultiple] = new RetrieveMultipleHandler(),
        [MessageNames.Update] = new UpdateHandler(),
        [MessageNames.Delete] = new DeleteHandler(),
        [MessageNames.Upsert] = new UpsertHandler(),
        [MessageNames.Associate] = new AssociationHandler(associate: true),
        [MessageNames.Disassociate] = new AssociationHandler(associate: false),
        [MessageNames.SetState] = new SetStateHandler(),
        [MessageNames.Assign] = new AssignHandler(),
        [MessageNames.WinOpportunityRequest] = new CloseOpportunityHandler(won: true),
        [MessageNames.LoseOpportunityRequest] = new CloseOpportunityHandler(won: false),
    };

    public IMessageHandler CustomApi { get; } = new CustomApiHandler();

    public IMessageHandler? Find(string requestName) => _handlers.TryGetValue(requestName, out var handler) ? handler : null;
}
