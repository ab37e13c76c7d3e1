namespace Mlops.Serving.Internal;

/// <summary>A request the server will not answer as asked: its HTTP status and a one-line reason for the client.</summary>
internal sealed class RequestRejected(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static RequestRejected BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
