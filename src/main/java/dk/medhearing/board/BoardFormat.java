package dk.medhearing.board;

import dk.medhearing.kit.DateTimes;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;

/** Danish date formats for the board's templates ({@code ${@boardFormat.time(x)}}), always in Copenhagen time. */
@Component("boardFormat")
class BoardFormat {

    public String time(OffsetDateTime t) {
        return t == null ? "" : DateTimes.shortDanish(t);
    }

    public String day(OffsetDateTime t) {
        return t == null ? "" : DateTimes.danish(t);
    }
}
