using Corroboration.Scoring;
using Corroboration.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddScoring();
builder.Services.AddCorroborationBus(builder.Configuration, bus => bus.AddScoringConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapScoring();
app.Run();

public partial class Program;
