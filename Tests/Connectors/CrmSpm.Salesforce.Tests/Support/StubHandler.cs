using System.Net;
using System.Text;

namespace CrmSpm.Salesforce.Tests.Support;

/// <summary>Answers requests from a queue of canned responses (recorded fixtures) and keeps what it received.</summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();

    public List<(HttpMethod Method, Uri Uri, string Body)> Requests { get; } = new();

    public StubHandler Respond(int status, string body, string contentType = "application/json;charset=UTF-8",
        string? limitInfo = null)
    {
        _responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status)
            {
                Content = new StringContent(body, Encoding.UTF8),
            };
            response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            if (limitInfo is not null)
            {
                response.Headers.TryAddWithoutValidation("Sforce-Limit-Info", limitInfo);
            }

            return response;
        });
        return this;
    }

    /// <summary>The next request fails as if the connection dropped before an answer came back.</summary>
    public StubHandler Drop()
    {
        _responses.Enqueue(() => throw new HttpRequestException("The connection was closed before an answer came back (stub)."));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!, body));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"No canned response left for {request.Method} {request.RequestUri}.");
        }

        return _responses.Dequeue()();
    }
}
