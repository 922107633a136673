package dk.medhearing.calendar;

import dk.medhearing.calendar.CalendarProperties.DayOff;
import dk.medhearing.calendar.CalendarProperties.HolidayPeriod;
import dk.medhearing.calendar.CalendarProperties.SpecialDay;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarPropertiesTest {

    @Test
    void shouldReadTheShippedCalendar() throws IOException {
        // given the municipality's config/application.yaml
        Binder binder = binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("config", new FileSystemResource("config/application.yaml"))));

        // when
        CalendarProperties properties = binder.bindOrCreate("medhearing.calendar", CalendarProperties.class);

        // then
        assertThat(properties.specialDays())
                .containsExactly(
                        new SpecialDay("Juleaftensdag", MonthDay.of(12, 24), null, DayOff.WHOLE),
                        new SpecialDay("Nytårsaftensdag", MonthDay.of(12, 31), null, DayOff.WHOLE),
                        new SpecialDay("1. maj", MonthDay.of(5, 1), null, DayOff.HALF),
                        new SpecialDay("Grundlovsdag", MonthDay.of(6, 5), null, DayOff.HALF));
        assertThat(properties.holidayPeriods()).isEqualTo(CalendarProperties.DEFAULT_HOLIDAY_PERIODS);
        assertThat(properties.minimumWindowWorkingDays()).isEqualTo(10);
    }

    @Test
    void shouldFallBackToTheDefaultsWhenNothingIsConfigured() {
        // given no medhearing.calendar settings
        Binder binder = binder(List.of(new MapConfigurationPropertySource()));

        // when
        CalendarProperties properties = binder.bindOrCreate("medhearing.calendar", CalendarProperties.class);

        // then
        assertThat(properties.specialDays()).isEmpty();
        assertThat(properties.holidayPeriods())
                .extracting(HolidayPeriod::name)
                .containsExactly("Jul og nytår", "Påske", "Skolernes sommerferie");
        assertThat(properties.holidayPeriods().get(2).from()).isEqualTo(MonthDay.of(6, 27));
        assertThat(properties.holidayPeriods().get(2).to()).isEqualTo(MonthDay.of(8, 9));
        assertThat(properties.minimumWindowWorkingDays()).isEqualTo(10);
    }

    @Test
    void shouldRejectAMalformedMonthDay() {
        // given a special day written as a Danish date
        Binder binder = binder(List.of(new MapConfigurationPropertySource(Map.of(
                "medhearing.calendar.special-days[0].name", "Juleaftensdag",
                "medhearing.calendar.special-days[0].month-day", "24/12",
                "medhearing.calendar.special-days[0].kind", "whole"))));

        // when / then
        assertThatThrownBy(() -> binder.bindOrCreate("medhearing.calendar", CalendarProperties.class))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("write MM-DD");
    }

    @Test
    void shouldRequireEitherAMonthDayOrADate() {
        // given / when / then
        assertThatThrownBy(() -> new SpecialDay("Lukket", null, null, DayOff.WHOLE))
                .hasMessageContaining("either month-day or date");
        assertThatThrownBy(() -> new HolidayPeriod("Påske", MonthDay.of(4, 1), null, true))
                .hasMessageContaining("either from and to, or easter: true");
    }

    private static Binder binder(Iterable<ConfigurationPropertySource> sources) {
        ApplicationConversionService conversion = new ApplicationConversionService();
        conversion.addConverter(new MonthDayConverter());
        return new Binder(sources, null, conversion);
    }
}
