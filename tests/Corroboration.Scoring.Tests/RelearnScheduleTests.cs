using Corroboration.Scoring.Reliability;

namespace Corroboration.Scoring.Tests;

/// <summary>
/// Learning reads every incident, so as the store grows it must not run every tick: after a run
/// that took a while, incident changes wait nine times as long, while an analyst's verdict or
/// pin is still learned at once.
/// </summary>
public class RelearnScheduleTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void IncidentChangesAreLearnedAtTheNextTickWhileLearningIsQuick()
    {
        var schedule = new RelearnSchedule(_clock);
        Assert.False(schedule.TakeStale());

        schedule.MarkStale();
        schedule.Learned(TimeSpan.FromMilliseconds(20));
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(schedule.TakeStale());
        Assert.False(schedule.TakeStale());
    }

    [Fact]
    public void AfterASlowRunIncidentChangesWaitNineTimesAsLongAndStayMarked()
    {
        var schedule = new RelearnSchedule(_clock);
        schedule.Learned(TimeSpan.FromSeconds(6));
        schedule.MarkStale();

        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(schedule.TakeStale());
        _clock.Advance(TimeSpan.FromSeconds(23));
        Assert.False(schedule.TakeStale());
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(schedule.TakeStale());
    }

    [Fact]
    public void AnAnalystsChangeIsLearnedAtOnceEvenInThePause()
    {
        var schedule = new RelearnSchedule(_clock);
        schedule.Learned(TimeSpan.FromSeconds(60));

        schedule.LearnNow();

        Assert.True(schedule.TakeStale());
        schedule.MarkStale();
        Assert.False(schedule.TakeStale());
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
