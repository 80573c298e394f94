using System;

namespace Microsoft.Xrm.Sdk;

// The only exception whose message reaches the caller intact (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.invalidpluginexecutionexception).
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    public InvalidPluginExecutionException()
        : this(OperationStatus.Failed)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(string message)
        : this(OperationStatus.Failed, message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : base(message)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        Status = OperationStatus.Failed;
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(status, errorCode, message, PluginHttpStatusCode.NotSet)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, message)
    {
        HttpStatus = httpStatus;
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, message)
    {
        if (errorCode != 0)
        {
            HResult = errorCode;
        }

        HttpStatus = httpStatus;
    }

    public OperationStatus Status { get; private set; }

    public int ErrorCode => HResult;

    public PluginHttpStatusCode HttpStatus { get; private set; }
}
