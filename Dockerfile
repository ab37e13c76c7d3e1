# The serving image. ./build.sh Docker builds it from a context it assembles: this file, app.tar (the published
# serving app) and model.tar (the chosen model, its run.json, metrics.json and the data profile), each with sorted
# entries, one fixed time and owner 0:0, so the same inputs give the same layer digests on any machine.
# Layers, from the least to the most often changed: the runtime (the base), the app, the model — a new model
# rebuilds and pushes the last layer only.
ARG BASE_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0@sha256:1fa23fc4872d95fd71c2833ebe65d7e84a43b2d51a31d119516852f13d9505a7
FROM ${BASE_IMAGE}

# Runs as a numeric non-root user, needs no shell and writes nothing: works with a read-only root file system.
# EnableDiagnostics=0 keeps the runtime from opening its diagnostics socket in /tmp.
ENV MODEL_ARTIFACTS=/artifacts \
    PORT=8080 \
    DOTNET_EnableDiagnostics=0 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 \
    DOTNET_gcServer=0
USER 10001:10001
EXPOSE 8080

ADD app.tar /
ADD model.tar /
ENTRYPOINT ["dotnet", "/app/Mlops.Serving.dll"]
