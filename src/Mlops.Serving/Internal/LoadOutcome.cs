namespace Mlops.Serving.Internal;

/// <summary>Why the model could not be loaded, kept for whoever waits on the app, so the process ends with that reason.</summary>
internal sealed class LoadOutcome
{
    private Exception? _failure;

    public void Failed(Exception failure) => _failure = failure;

    public void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            throw new ServingInputException(failure.Message, failure);
        }
    }
}
