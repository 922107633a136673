package dk.medhearing.calendar;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a recurring day of the year from configuration written as month-day, e.g. "12-24". */
@Component
@ConfigurationPropertiesBinding
public class MonthDayConverter implements Converter<String, MonthDay> {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Override
    public MonthDay convert(String source) {
        try {
            return MonthDay.parse(source.trim(), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + source + "' is not a day of the year: write MM-DD, e.g. 12-24", e);
        }
    }
}
