export { closestMatch as closest } from '@kehoach/core';
