import {Box, Text} from 'ink';

export function TooSmall({message, width}: {message: string; width: number}) {
  return (
    <Box flexDirection="column" width={width}>
      <Text color="yellow">{message}</Text>
      <Text dimColor>Enlarge the window, or press q to quit.</Text>
    </Box>
  );
}
