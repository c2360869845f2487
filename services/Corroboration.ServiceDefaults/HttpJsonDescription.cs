using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi.Models;

namespace Corroboration.ServiceDefaults;

/// <summary>
/// The OpenAPI description of the HTTP/JSON routes that JSON transcoding makes of the
/// <c>google.api.http</c> annotations in <c>protos/</c>, served at <see cref="Path"/>.
/// </summary>
public static class HttpJsonDescription
{
    public const string Path = "/openapi/v1.json";

    public static IServiceCollection AddHttpJsonDescription(this IServiceCollection services)
    {
        services.AddGrpcSwagger();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Corroboration HTTP/JSON",
                Version = "v1",
                Description = "The gRPC services as HTTP/JSON (gRPC JSON transcoding). Every route needs a bearer token holding its method's role, as over gRPC.",
            });
            var bearer = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = "bearer" },
            };
            options.AddSecurityDefinition("bearer", bearer);
            options.AddSecurityRequirement(new OpenApiSecurityRequirement { [bearer] = [] });
        });
        return services;
    }

    public static WebApplication UseHttpJsonDescription(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        return app;
    }
}
