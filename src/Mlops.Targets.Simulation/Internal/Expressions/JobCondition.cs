namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// GitHub's rule for <c>if:</c> on jobs and steps: an empty condition means <c>success()</c>, and a condition that
/// calls none of success(), failure(), cancelled() or always() is run as <c>success() &amp;&amp; (condition)</c>,
/// so it cannot fire after a needed job failed unless it says so.
/// </summary>
internal static class JobCondition
{
    public static ExpressionNode Wrap(ExpressionNode? condition)
    {
        var success = new FunctionCallNode(0, ExpressionFunctions.Success, []);
        if (condition is null)
        {
            return success;
        }

        return CallsStatusFunction(condition)
            ? condition
            : new LogicalNode(0, LogicalOperator.And, [success, condition]);
    }

    private static bool CallsStatusFunction(ExpressionNode node) => node switch
    {
        FunctionCallNode call => call.Function.IsStatusCheck || call.Arguments.Any(CallsStatusFunction),
        LogicalNode logical => logical.Operands.Any(CallsStatusFunction),
        ComparisonNode comparison => CallsStatusFunction(comparison.Left) || CallsStatusFunction(comparison.Right),
        NotNode not => CallsStatusFunction(not.Operand),
        IndexNode index => CallsStatusFunction(index.Target) || (index.Index is not null && CallsStatusFunction(index.Index)),
        _ => false,
    };
}
